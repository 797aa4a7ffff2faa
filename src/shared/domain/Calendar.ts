import { z } from 'zod';
import { OptionalText, Text } from './Common';
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR } from '../workflow/calendar/lunar';

/**
 * The working-day calendar (issue #4 item 4): the days off of a year and the government's yearly decisions kept as
 * overrides (src/shared/workflow/calendar). The lunar calendar behind Tết and Giỗ Tổ covers 1900–2199.
 */
const inRange = (year: number) => year >= LUNAR_MIN_YEAR && year <= LUNAR_MAX_YEAR;

/** A calendar day, YYYY-MM-DD, a real date in the years the calendar covers. */
export const CalendarDate = z.iso
  .date()
  // Only a well-formed date is checked for its year: a malformed one has its format issue already.
  .refine((d) => !/^\d{4}-/.test(d) || inRange(Number(d.slice(0, 4))));

export const CalendarYearParams = z.object({
  year: z.coerce.number().int().min(LUNAR_MIN_YEAR).max(LUNAR_MAX_YEAR),
});
export type CalendarYearParams = z.infer<typeof CalendarYearParams>;

export const CalendarOverrideParams = z.object({ date: CalendarDate });
export type CalendarOverrideParams = z.infer<typeof CalendarOverrideParams>;

/** day_off: a compensatory or extra day off (nghỉ bù); working_day: a weekend day worked in exchange (làm bù). */
export const CalendarOverrideKind = z.enum(['day_off', 'working_day']);
export type CalendarOverrideKind = z.infer<typeof CalendarOverrideKind>;

/** PUT /api/calendar/overrides/:date */
export const CalendarOverrideInput = z.object({
  kind: CalendarOverrideKind,
  nameVi: Text(200),
  nameEn: Text(200),
  /** The notice or decision that announced it (number and date), for the record. */
  source: OptionalText(300),
});
export type CalendarOverrideInput = z.infer<typeof CalendarOverrideInput>;

/** An override as stored. */
export const StoredCalendarOverride = z.object({
  date: z.string(),
  kind: CalendarOverrideKind,
  nameVi: z.string(),
  nameEn: z.string(),
  source: z.string().nullable(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type StoredCalendarOverride = z.infer<typeof StoredCalendarOverride>;

export const CalendarDayOff = z.object({
  date: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  /** statutory: computed from Bộ luật Lao động 2019 Điều 112; override: from calendar_overrides. */
  source: z.enum(['statutory', 'override']),
});
export type CalendarDayOff = z.infer<typeof CalendarDayOff>;

/** GET /api/calendar/:year */
export const CalendarYear = z.object({
  year: z.number().int(),
  daysOff: z.array(CalendarDayOff),
  /** Every override of the year, the working days (làm bù) included. */
  overrides: z.array(StoredCalendarOverride),
});
export type CalendarYear = z.infer<typeof CalendarYear>;
