import { z } from 'zod';
import { UnitCode, UnitEra } from './Common';

export const UnitLevel = z.enum(['province', 'district', 'commune']);
export type UnitLevel = z.infer<typeof UnitLevel>;

export const Unit = z.object({
  era: UnitEra,
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  type: z.string(),
  level: UnitLevel,
  parentCode: z.string().nullable(),
  provinceCode: z.string(),
  /** Full name of the province, for display in pickers ("Xã Cam Lâm, Tỉnh Khánh Hoà"). */
  provinceName: z.string().nullable(),
  nameEn: z.string().nullable(),
});
export type Unit = z.infer<typeof Unit>;

/** GET /api/units/search */
export const UnitSearchQuery = z.object({
  q: z.string().max(100).default(''),
  era: UnitEra.default('2025'),
  level: UnitLevel.optional(),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type UnitSearchQuery = z.infer<typeof UnitSearchQuery>;

/** GET /api/units/convert/:code — a pre-2025 commune (or island district) code to its 2025 commune(s). */
export const UnitConversion = z.object({
  old: Unit.nullable(),
  candidates: z.array(
    z.object({
      unit: Unit,
      /** True when only part of the old commune went to this new one: choose from the street address. */
      partial: z.boolean(),
      note: z.string(),
    }),
  ),
});
export type UnitConversion = z.infer<typeof UnitConversion>;

/** A list of units: GET /api/units/search, /api/units/provinces and /api/units/:era/:code/children. */
export const UnitList = z.object({ items: z.array(Unit) });
export type UnitList = z.infer<typeof UnitList>;

/** GET /api/units/provinces */
export const UnitProvincesQuery = z.object({ era: UnitEra.default('2025') });
export type UnitProvincesQuery = z.infer<typeof UnitProvincesQuery>;

/** GET /api/units/:era/:code and /api/units/:era/:code/children */
export const UnitParams = z.object({ era: UnitEra, code: UnitCode });
export type UnitParams = z.infer<typeof UnitParams>;

/** GET /api/units/convert/:code: a pre-2025 province (2 digits), district (3) or commune (5) code. */
export const UnitConvertParams = z.object({ code: UnitCode });
export type UnitConvertParams = z.infer<typeof UnitConvertParams>;
