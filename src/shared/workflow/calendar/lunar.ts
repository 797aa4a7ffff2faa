/**
 * The Vietnamese lunisolar calendar (âm lịch), computed from astronomy rather than read from a table:
 * - a month begins on the day (Vietnam time, UTC+7) of a new moon;
 * - month 11 is the month that contains the December solstice (the sun at 270°);
 * - a lunar year with 13 months between two month-11s has a leap month (tháng nhuận): the first month after month 11
 *   in which the sun enters no new 30° sign (no "trung khí"); it repeats the number of the month before it.
 * New moons: Jean Meeus, "Astronomical Algorithms" (2nd ed.), chapter 49, with the planetary corrections.
 * The sun's apparent longitude: chapter 25, low-accuracy method (about 0.01°). ΔT: Espenak & Meeus polynomials.
 * The UTC+7 rule is the one Vietnam adopted in 1968 (before that the official calendar used UTC+8), so results are
 * those of today's calendar; the supported range is lunar years 1900–2199.
 */

export type LunarDate = { year: number; month: number; day: number; leap: boolean };

export const LUNAR_MIN_YEAR = 1900;
export const LUNAR_MAX_YEAR = 2199;

const TZ_HOURS = 7;
const DAY_MS = 86_400_000;
/** Julian Day of 1970-01-01T00:00Z: day numbers below count days since then. */
const UNIX_EPOCH_JD = 2440587.5;
const SYNODIC_MONTH = 29.530588861;
const RAD = Math.PI / 180;

// ---------------------------------------------------------------------------------------------------------------
// Day numbers: whole days since 1970-01-01, the calendar's unit (shared by holidays and the working calendar).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a 'YYYY-MM-DD' date; RangeError on anything else (including 2025-02-30). */
export function dayNumberOf(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    throw new RangeError(`no such date: ${iso}`);
  return ms / DAY_MS;
}

/** 'YYYY-MM-DD' of a day number. */
export function isoOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------------------------
// Astronomy.

const sinDeg = (deg: number) => Math.sin(deg * RAD);

/** ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus, NASA eclipse site, 2006). */
function deltaTSeconds(y: number): number {
  if (y < 1900) {
    const t = y - 1860;
    return (
      7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174
    );
  }
  if (y < 1920) {
    const t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (y - 1820) / 100;
  if (y < 2150) return -20 + 32 * u ** 2 - 0.5628 * (2150 - y);
  return -20 + 32 * u ** 2;
}

const yearOfJd = (jd: number) => 2000 + (jd - 2451545) / 365.25;
const ttToUt = (jde: number) => jde - deltaTSeconds(yearOfJd(jde)) / 86400;
const utToTt = (jd: number) => jd + deltaTSeconds(yearOfJd(jd)) / 86400;

/** Meeus table 49.A, new moon: [coefficient, power of E, multiples of M, M′, F, Ω]. */
const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

/** Meeus 49, additional corrections: [coefficient, A at k = 0, A per lunation]; A1 also has a T² term. */
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/** Julian Ephemeris Day (TT) of true new moon number k (k = 0: 2000-01-06). */
function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const jde =
    2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3 + 0.00000000073 * t ** 4;
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3;
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4;
  const om = 124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3;
  let correction = 0;
  for (const [c, ePow, cm, cmp, cf, com] of NEW_MOON_TERMS)
    correction += c * e ** ePow * sinDeg(cm * m + cmp * mp + cf * f + com * om);
  PLANETARY_TERMS.forEach(([c, a0, a1], i) => {
    correction += c * sinDeg(a0 + a1 * k + (i === 0 ? -0.009173 * t ** 2 : 0));
  });
  return jde + correction;
}

/** The sun's apparent geometric longitude in degrees [0, 360) at a Julian Ephemeris Day (Meeus 25). */
function sunLongitude(jde: number): number {
  const t = (jde - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t ** 2;
  const m = 357.52911 + 35999.05029 * t - 0.0001537 * t ** 2;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t ** 2) * sinDeg(m) +
    (0.019993 - 0.000101 * t) * sinDeg(2 * m) +
    0.000289 * sinDeg(3 * m);
  const omega = 125.04 - 1934.136 * t;
  const lambda = l0 + c - 0.00569 - 0.00478 * sinDeg(omega);
  return ((lambda % 360) + 360) % 360;
}

// ---------------------------------------------------------------------------------------------------------------
// The calendar rules, in Vietnam time.

/** The local day (UTC+7) on which new moon k falls. */
function newMoonDay(k: number): number {
  return Math.floor(ttToUt(newMoonJde(k)) - UNIX_EPOCH_JD + TZ_HOURS / 24);
}

/** The 30° sign (0–11) the sun is in at the local midnight that begins a day; 9 starts at the winter solstice. */
function sunSignAtDayStart(day: number): number {
  return Math.floor(sunLongitude(utToTt(UNIX_EPOCH_JD + day - TZ_HOURS / 24)) / 30);
}

/** Number k of the new moon that begins month 11 of the solar year's December solstice. */
function month11NewMoon(solarYear: number): number {
  const dec31 = dayNumberOf(`${solarYear}-12-31`) + UNIX_EPOCH_JD;
  // One lunation after the last new moon before 31 December, then back while the month starts after the solstice.
  let k = Math.floor((dec31 - 2451550.09766) / SYNODIC_MONTH) + 1;
  while (sunSignAtDayStart(newMoonDay(k)) >= 9) k -= 1;
  return k;
}

type LunarMonth = { month: number; leap: boolean; start: number; end: number };

const cycles = new Map<number, readonly LunarMonth[]>();

/**
 * The months from month 11 of `solarYear` (which contains its December solstice) to the next month 11, exclusive:
 * 11, 12, 1, …, 10, with one leap month among them when there are 13. Memoised.
 */
function monthsFromSolstice(solarYear: number): readonly LunarMonth[] {
  const cached = cycles.get(solarYear);
  if (cached) return cached;
  const k11 = month11NewMoon(solarYear);
  const count = month11NewMoon(solarYear + 1) - k11;
  const starts = Array.from({ length: count + 1 }, (_, i) => newMoonDay(k11 + i));
  let leapIndex = -1;
  if (count === 13) {
    const signs = starts.map(sunSignAtDayStart);
    // Month 11 holds the solstice, so the search starts at the month after it.
    for (let i = 1; i < count && leapIndex < 0; i += 1) if (signs[i] === signs[i + 1]) leapIndex = i;
  }
  const months: LunarMonth[] = [];
  let number = 10;
  for (let i = 0; i < count; i += 1) {
    const leap = i === leapIndex;
    if (!leap) number = (number % 12) + 1;
    months.push({ month: number, leap, start: starts[i] ?? 0, end: starts[i + 1] ?? 0 });
  }
  cycles.set(solarYear, months);
  return months;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR)
    throw new RangeError(`lunar year ${year} outside ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`);
}

/** The solar date ('YYYY-MM-DD') of a lunar date; RangeError for a leap month the year does not have, or day 30 of
 *  a 29-day month. */
export function lunarToSolar(date: LunarDate): string {
  const { year, month, day, leap } = date;
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30)
    throw new RangeError(`not a lunar date: ${JSON.stringify(date)}`);
  // Months 11 and 12 of a lunar year begin around the December solstice of the same solar year.
  const cycle = monthsFromSolstice(month >= 11 ? year : year - 1);
  const found = cycle.find((m) => m.month === month && m.leap === leap);
  if (!found) throw new RangeError(`lunar year ${year} has no leap month ${month}`);
  if (day > found.end - found.start) throw new RangeError(`lunar month ${month}/${year} has no day ${day}`);
  return isoOfDayNumber(found.start + day - 1);
}

/** The lunar date of a solar date ('YYYY-MM-DD', a day in Vietnam). */
export function solarToLunar(iso: string): LunarDate {
  const day = dayNumberOf(iso);
  const solarYear = Number(iso.slice(0, 4));
  if (solarYear < LUNAR_MIN_YEAR || solarYear > LUNAR_MAX_YEAR)
    throw new RangeError(`date ${iso} outside ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`);
  const thisYear = monthsFromSolstice(solarYear);
  const cycleYear = day >= (thisYear[0]?.start ?? 0) ? solarYear : solarYear - 1;
  const cycle = cycleYear === solarYear ? thisYear : monthsFromSolstice(cycleYear);
  const m = cycle.find((c) => day >= c.start && day < c.end);
  if (!m) throw new RangeError(`no lunar month for ${iso}`);
  return {
    year: m.month >= 11 ? cycleYear : cycleYear + 1,
    month: m.month,
    day: day - m.start + 1,
    leap: m.leap,
  };
}
