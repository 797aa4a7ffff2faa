import { publicHolidays } from './holidays';
import { dayNumberOf, isoOfDayNumber } from './lunar';

/**
 * The working-day calendar of the legal clocks (issue #4: "plan drafted within 5 working days", "7 working days of
 * the administrative procedure"): Saturday and Sunday, the statutory holidays (holidays.ts) and the government's
 * yearly decisions, kept as overrides (calendar_overrides: compensatory days off, Saturdays worked in exchange).
 * A deadline (24:00 Vietnam time) is also the first instant of the next Vietnam day: vnDateOf(deadline) is the day
 * after; the deadline's own date is vnDateOf(new Date(deadline.getTime() - 1)).
 */
export type CalendarOverride = {
  date: string;
  kind: 'day_off' | 'working_day';
  nameVi: string;
  nameEn: string;
};

export type DayOff = { date: string; nameVi: string; nameEn: string; source: 'statutory' | 'override' };

export type WorkingCalendar = {
  /** date: 'YYYY-MM-DD' in Vietnam time. Saturday/Sunday, public holidays and 'day_off' overrides are not working
   *  days; a 'working_day' override (a Saturday worked in exchange) is. */
  isWorkingDay(date: string): boolean;
  /** Deadline of "within n working days" counted from the instant `from`: the day of `from` (Vietnam time) is not
   *  counted (Bộ luật Dân sự 2015 Điều 147), the deadline is the END of the n-th following working day (24:00 Vietnam
   *  time = 17:00Z), returned as an instant. n=0 → end of `from`'s day if working, else of the next working day. */
  addWorkingDays(from: Date, n: number): Date;
  /** Whole working days after `from`'s day up to and including `to`'s day (0 when the same day). */
  workingDaysBetween(from: Date, to: Date): number;
  /** The days off of a year (holidays + day_off overrides, minus working_day overrides), sorted. */
  daysOff(year: number): DayOff[];
};

const DAY_MS = 86_400_000;
/** Vietnam is UTC+7 all year (no daylight saving time). */
const VN_OFFSET_MS = 7 * 3_600_000;

function vnDayNumber(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid date');
  return Math.floor((ms + VN_OFFSET_MS) / DAY_MS);
}

/** 'YYYY-MM-DD' of an instant in Vietnam time (UTC+7, no DST). */
export function vnDateOf(instant: Date): string {
  return isoOfDayNumber(vnDayNumber(instant));
}

/** 24:00 Vietnam time at the end of a day = 17:00Z of that date. */
const endOfVnDay = (day: number) => new Date((day + 1) * DAY_MS - VN_OFFSET_MS);

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;

type YearData = {
  year: number;
  /** Day number of 1 January. */
  first: number;
  /** 1 for a working day, by day of the year. */
  working: Uint8Array;
  /** prefix[i] = working days among the first i days of the year. */
  prefix: Uint16Array;
  daysOff: readonly DayOff[];
};

export function createWorkingCalendar(overrides: readonly CalendarOverride[]): WorkingCalendar {
  // A later override of the same date wins; an invalid date throws here rather than at the first query.
  const byYear = new Map<number, Map<number, CalendarOverride>>();
  for (const o of overrides) {
    const day = dayNumberOf(o.date);
    const year = Number(o.date.slice(0, 4));
    const map = byYear.get(year) ?? new Map<number, CalendarOverride>();
    map.set(day, o);
    byYear.set(year, map);
  }

  const years = new Map<number, YearData>();
  let last: YearData | undefined;

  function build(year: number): YearData {
    const first = dayNumberOf(`${String(year).padStart(4, '0')}-01-01`);
    const length = dayNumberOf(`${String(year + 1).padStart(4, '0')}-01-01`) - first;
    const off = new Map<number, DayOff>();
    for (const h of publicHolidays(year)) {
      const day = dayNumberOf(h.date);
      const same = off.get(day);
      // Two statutory days on one date (Giỗ Tổ can meet 30/4) are one day off with both names.
      off.set(
        day,
        same
          ? { ...same, nameVi: `${same.nameVi}; ${h.nameVi}`, nameEn: `${same.nameEn}; ${h.nameEn}` }
          : { date: h.date, nameVi: h.nameVi, nameEn: h.nameEn, source: 'statutory' },
      );
    }
    const forced = new Set<number>();
    for (const [day, o] of byYear.get(year) ?? []) {
      if (o.kind === 'working_day') {
        off.delete(day);
        forced.add(day);
      } else {
        off.set(day, { date: isoOfDayNumber(day), nameVi: o.nameVi, nameEn: o.nameEn, source: 'override' });
      }
    }
    const working = new Uint8Array(length);
    const prefix = new Uint16Array(length + 1);
    for (let i = 0; i < length; i += 1) {
      const day = first + i;
      const weekday = weekdayOf(day);
      const flag = forced.has(day) || (weekday !== 0 && weekday !== 6 && !off.has(day)) ? 1 : 0;
      working[i] = flag;
      prefix[i + 1] = (prefix[i] ?? 0) + flag;
    }
    const daysOff = [...off.entries()].sort(([a], [b]) => a - b).map(([, d]) => d);
    return { year, first, working, prefix, daysOff };
  }

  function yearData(year: number): YearData {
    let data = years.get(year);
    if (!data) {
      data = build(year);
      years.set(year, data);
    }
    return data;
  }

  function yearOfDay(day: number): YearData {
    if (last && day >= last.first && day < last.first + last.working.length) return last;
    last = yearData(new Date(day * DAY_MS).getUTCFullYear());
    return last;
  }

  const isWorking = (day: number) => {
    const data = yearOfDay(day);
    return data.working[day - data.first] === 1;
  };

  /** Working days among the day numbers lo..hi, both included (0 when hi < lo). */
  function countWorking(lo: number, hi: number): number {
    let total = 0;
    let day = lo;
    while (day <= hi) {
      const data = yearOfDay(day);
      const end = Math.min(hi, data.first + data.working.length - 1);
      total += (data.prefix[end - data.first + 1] ?? 0) - (data.prefix[day - data.first] ?? 0);
      day = end + 1;
    }
    return total;
  }

  return {
    isWorkingDay: (date) => isWorking(dayNumberOf(date)),

    addWorkingDays(from, n) {
      if (!Number.isInteger(n) || n < 0)
        throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
      let day = vnDayNumber(from);
      if (n === 0) {
        while (!isWorking(day)) day += 1;
        return endOfVnDay(day);
      }
      for (let counted = 0; counted < n;) {
        day += 1;
        if (isWorking(day)) counted += 1;
      }
      return endOfVnDay(day);
    },

    workingDaysBetween(from, to) {
      const a = vnDayNumber(from);
      const b = vnDayNumber(to);
      // Negative when `to` is before `from`, so that days overdue and days left read with one sign convention.
      return b >= a ? countWorking(a + 1, b) : -countWorking(b + 1, a);
    },

    daysOff: (year) => yearData(year).daysOff.map((d) => ({ ...d })),
  };
}
