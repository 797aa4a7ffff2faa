/**
 * The age rule of the register. A child is a person under 16 (Luật Trẻ em 2016 Điều 1). Dates are calendar days
 * 'YYYY-MM-DD' (Vietnam, UTC+7). With an estimated birth date (precision 'month' or 'year', stored as the first day
 * of the period) the child stays a child until the end of the period + 16 years: the benefit of the doubt, exactly as
 * the generated column children.ages_out_on (migrations/0010_children.sql) computes it.
 */
export const BirthPrecision = ['day', 'month', 'year'] as const;
export type BirthPrecision = (typeof BirthPrecision)[number];

/** Luật Trẻ em 2016 Điều 1: "Trẻ em là người dưới 16 tuổi". */
export const CHILD_AGE_LIMIT = 16;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether s is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function parts(iso: string): [number, number, number] {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`not a date (YYYY-MM-DD): ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Adds years and months like PostgreSQL's `date + interval`: a day past the month's end becomes its last day. */
export function addYearsMonths(date: string, years: number, months = 0): string {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + years * 12 + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return iso(ny, nm, Math.min(d, last));
}

/** The stored birth date: the first day of the estimated month or year. */
export function normaliseBirthDate(date: string, precision: BirthPrecision): string {
  const [y, m] = parts(date);
  switch (precision) {
    case 'day':
      return date;
    case 'month':
      return iso(y, m, 1);
    case 'year':
      return iso(y, 1, 1);
  }
}

/** The day the child certainly turns 16 (same as children.ages_out_on). */
export function agesOutOn(birthDate: string, precision: BirthPrecision): string {
  switch (precision) {
    case 'day':
      return addYearsMonths(birthDate, CHILD_AGE_LIMIT);
    case 'month':
      return addYearsMonths(birthDate, CHILD_AGE_LIMIT, 1);
    case 'year':
      return addYearsMonths(birthDate, CHILD_AGE_LIMIT + 1);
  }
}

/** A child at the reference date: born on or before it and not yet certainly 16. */
export function isChildAt(birthDate: string, precision: BirthPrecision, asOf: string): boolean {
  return birthDate <= asOf && agesOutOn(birthDate, precision) > asOf;
}

/** The last possible birth date of an estimate: the last day of the estimated month or year. */
export function latestBirthDate(birthDate: string, precision: BirthPrecision): string {
  const [y, m] = parts(birthDate);
  switch (precision) {
    case 'day':
      return birthDate;
    case 'month':
      return iso(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
    case 'year':
      return iso(y, 12, 31);
  }
}

/**
 * Age in completed years at the reference date. For an estimate it is the lowest possible age (counted from the
 * last possible birth date), in line with the benefit of the doubt of agesOutOn. Before birth it is 0.
 */
export function ageAt(birthDate: string, precision: BirthPrecision, asOf: string): number {
  const [by, bm, bd] = parts(latestBirthDate(birthDate, precision));
  const [ay, am, ad] = parts(asOf);
  let age = ay - by;
  if (am < bm || (am === bm && ad < bd)) age -= 1;
  return Math.max(0, age);
}

/** Today's calendar date in Vietnam (UTC+7, no daylight saving), as YYYY-MM-DD. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Age groups of the register statistics (product.md C3: 0–2, 3–5, 6–10, 11–15). */
export const AGE_GROUPS = ['0-2', '3-5', '6-10', '11-15'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export function ageGroupOf(age: number): AgeGroup {
  if (age <= 2) return '0-2';
  if (age <= 5) return '3-5';
  if (age <= 10) return '6-10';
  return '11-15';
}
