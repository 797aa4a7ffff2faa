import { describe, expect, it } from 'vitest';
import { dayNumberOf, isoOfDayNumber, lunarToSolar, solarToLunar } from './lunar';

const tet = (year: number) => lunarToSolar({ year, month: 1, day: 1, leap: false });

describe('lunar calendar (UTC+7)', () => {
  it('puts Tết (1/1 âm lịch) on the known dates', () => {
    const known: Record<number, string> = {
      2020: '2020-01-25',
      2021: '2021-02-12',
      2022: '2022-02-01',
      2023: '2023-01-22',
      2024: '2024-02-10',
      2025: '2025-01-29',
      2026: '2026-02-17',
      2027: '2027-02-06',
    };
    for (const [year, date] of Object.entries(known)) expect(tet(Number(year)), `Tết ${year}`).toBe(date);
  });

  it('follows Vietnam time where it differs from the Chinese calendar (UTC+8)', () => {
    // 1985: the December 1984 solstice falls the day before a new moon in Vietnam but on it in China, so month 11
    // starts a month earlier and Tết is a month before China's (1985-02-20).
    expect(tet(1985)).toBe('1985-01-21');
    // 2007: new moon on 17 February at 23:14 Vietnam time, 00:14 on the 18th in China.
    expect(tet(2007)).toBe('2007-02-17');
    // 2030: new moon on 2 February 16:07 UTC = 23:07 in Vietnam, 3 February in China.
    expect(tet(2030)).toBe('2030-02-02');
    expect(solarToLunar('2030-02-03')).toEqual({ year: 2030, month: 1, day: 2, leap: false });
  });

  it('puts Giỗ Tổ Hùng Vương (10/3 âm lịch) on the known dates', () => {
    const hungKings = (year: number) => lunarToSolar({ year, month: 3, day: 10, leap: false });
    expect(hungKings(2024)).toBe('2024-04-18');
    expect(hungKings(2025)).toBe('2025-04-07');
    expect(hungKings(2026)).toBe('2026-04-26');
  });

  it('has the leap months of 2020 (4), 2023 (2) and 2025 (6)', () => {
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe('2023-03-22');
    expect(solarToLunar('2023-03-22')).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(solarToLunar('2023-03-21')).toEqual({ year: 2023, month: 2, day: 30, leap: false });
    expect(lunarToSolar({ year: 2020, month: 4, day: 1, leap: true })).toBe('2020-05-23');
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })).toBe('2025-07-25');
  });

  it('has 29-day twelfth months from lunar year 2024 to 2031 (no "30 Tết" until 2033)', () => {
    for (let year = 2025; year <= 2032; year += 1) {
      const eve = isoOfDayNumber(dayNumberOf(tet(year)) - 1);
      expect(solarToLunar(eve).day, `eve of Tết ${year}`).toBe(29);
    }
    expect(solarToLunar('2024-02-09').day).toBe(30);
    expect(solarToLunar('2033-01-30').day).toBe(30);
  });

  it('round-trips every day from 1990 to 2060, with months of 29 or 30 days and 12 or 13 per year', () => {
    const first = dayNumberOf('1990-01-01');
    const last = dayNumberOf('2060-12-31');
    let previous = solarToLunar(isoOfDayNumber(first - 1));
    let monthLength = 0;
    let monthsInYear = 0;
    for (let day = first; day <= last; day += 1) {
      const iso = isoOfDayNumber(day);
      const lunar = solarToLunar(iso);
      if (lunarToSolar(lunar) !== iso)
        expect.fail(`${iso} → ${JSON.stringify(lunar)} → ${lunarToSolar(lunar)}`);
      if (lunar.day === 1) {
        if (monthLength !== 0 && (previous.day < 29 || previous.day > 30))
          expect.fail(`month ending ${isoOfDayNumber(day - 1)} has ${previous.day} days`);
        monthLength = 1;
        if (lunar.year !== previous.year) {
          if (monthsInYear !== 0 && (monthsInYear < 12 || monthsInYear > 13))
            expect.fail(`lunar year ${previous.year} has ${monthsInYear} months`);
          monthsInYear = 0;
        }
        monthsInYear += 1;
      } else if (
        lunar.day !== previous.day + 1 ||
        lunar.month !== previous.month ||
        lunar.leap !== previous.leap
      ) {
        expect.fail(`${iso}: ${JSON.stringify(previous)} then ${JSON.stringify(lunar)}`);
      }
      previous = lunar;
    }
  });

  it('refuses dates that do not exist', () => {
    expect(() => lunarToSolar({ year: 2024, month: 2, day: 1, leap: true })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2025, month: 12, day: 30, leap: false })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2025, month: 13, day: 1, leap: false })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 1800, month: 1, day: 1, leap: false })).toThrow(RangeError);
    expect(() => solarToLunar('2025-02-30')).toThrow(RangeError);
    expect(() => solarToLunar('20250101')).toThrow(RangeError);
  });
});
