import { z } from 'zod';
import { CommuneCode, ProvinceCode, Uuid } from './Common';
import { BirthPrecision, CircumstanceGroupCode, IsoDate, RiskFlagCode, Sex } from './Child';

/**
 * GET /api/children — the register list and name search (issue #3 item 3).
 *
 * - `q`: a name without diacritics, in any word order ("an nguyen van" finds Nguyễn Văn An), one or two typos
 *   tolerated. Empty: the children of the unit in name order.
 * - Ranking: exact full name first, then names starting with the query (search as you type: "nguyen van a"), then
 *   every typed word exact in any order, then names within one or two typos.
 * - Filters: a unit inside the user's jurisdiction (outside it, the list is simply empty), a special-circumstance
 *   group (a sensitive group needs children.read_sensitive: 403 otherwise), age range at `asOf`, sex, risk flag.
 *   "Has an open case" is not a filter yet: cases arrive with issue #4.
 * - Only children under 16 at `asOf` (Luật Trẻ em Điều 1) unless `includeAgedOut`.
 * - Pagination: `cursor` from the previous page's `nextCursor` (keyset: stable while records are added).
 */
const booleanish = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
  .transform((v) => v === true || v === 'true' || v === '1');

export const ChildSearchQuery = z
  .object({
    q: z
      .string()
      .max(100)
      .refine((s) => !s.includes('\u0000'))
      .optional(),
    communeCode: CommuneCode.optional(),
    provinceCode: ProvinceCode.optional(),
    group: CircumstanceGroupCode.optional(),
    riskFlag: RiskFlagCode.optional(),
    sex: Sex.optional(),
    ageMin: z.coerce.number().int().min(0).max(17).optional(),
    ageMax: z.coerce.number().int().min(0).max(17).optional(),
    /** Reference date of ages and of the age-16 rule (default: today in Vietnam). */
    asOf: IsoDate.optional(),
    includeAgedOut: booleanish.optional(),
    /** true: only children with an open case (not closed); false: only without one. Needs cases.read. */
    hasOpenCase: booleanish.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(600).optional(),
  })
  .refine((v) => v.ageMin === undefined || v.ageMax === undefined || v.ageMin <= v.ageMax, {
    path: ['ageMax'],
    params: { messageId: 'field.endBeforeStart' },
  });
export type ChildSearchQuery = z.infer<typeof ChildSearchQuery>;

/** Why an item is in the list: its rank group. */
export const ChildSearchMatch = z.enum(['exact', 'prefix', 'all_words', 'fuzzy', 'list']);
export type ChildSearchMatch = z.infer<typeof ChildSearchMatch>;

export const ChildSearchItem = z.object({
  id: Uuid,
  fullName: z.string(),
  birthDate: z.string(),
  birthPrecision: BirthPrecision,
  /** Completed years at asOf (an estimated birth date gives the lowest possible age). */
  age: z.number().int(),
  sex: Sex,
  communeCode: z.string(),
  communeName: z.string().nullable(),
  provinceCode: z.string(),
  village: z.string().nullable(),
  /** Open special-circumstance groups at asOf; sensitive ones only for users with children.read_sensitive. */
  groups: z.array(CircumstanceGroupCode),
  match: ChildSearchMatch,
});
export type ChildSearchItem = z.infer<typeof ChildSearchItem>;

export const ChildSearchResult = z.object({
  items: z.array(ChildSearchItem),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  asOf: z.string(),
});
export type ChildSearchResult = z.infer<typeof ChildSearchResult>;

/** The keyset position after the last item of a page (opaque to clients: base64url JSON). */
export const ChildSearchCursor = z.object({
  /** rank group: 1 exact, 2 prefix, 3 all words, 4 corrected names, 5 other typos, 0 list */
  t: z.number().int().min(0).max(5),
  /** typo score inside groups 4 and 5 */
  s: z.number().int().min(0).max(9),
  n: z.string().max(400),
  i: Uuid,
});
export type ChildSearchCursor = z.infer<typeof ChildSearchCursor>;
