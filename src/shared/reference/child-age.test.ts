import { describe, expect, it } from 'vitest';
import {
  addYearsMonths,
  ageAt,
  ageGroupOf,
  agesOutOn,
  isChildAt,
  isIsoDate,
  latestBirthDate,
  normaliseBirthDate,
  vietnamToday,
} from './child-age';

/** The age rule of Luật Trẻ em Điều 1 (under 16), with estimated birth dates, at any reference date. */
describe('child age', () => {
  it('ages out on the 16th birthday, like the generated column', () => {
    expect(agesOutOn('2010-05-20', 'day')).toBe('2026-05-20');
    expect(agesOutOn('2012-02-29', 'day')).toBe('2028-02-29');
    expect(agesOutOn('2010-05-01', 'month')).toBe('2026-06-01');
    expect(agesOutOn('2010-01-01', 'year')).toBe('2027-01-01');
    expect(addYearsMonths('2011-01-31', 0, 1)).toBe('2011-02-28');
  });

  it('is a child the day before and not on the day', () => {
    expect(isChildAt('2010-05-20', 'day', '2026-05-19')).toBe(true);
    expect(isChildAt('2010-05-20', 'day', '2026-05-20')).toBe(false);
    expect(isChildAt('2010-05-20', 'day', '2010-05-19')).toBe(false); // not born yet
  });

  it('keeps an estimated birth year until the child is certainly 16', () => {
    expect(isChildAt('2010-01-01', 'year', '2026-12-31')).toBe(true);
    expect(isChildAt('2010-01-01', 'year', '2027-01-01')).toBe(false);
    expect(ageAt('2010-01-01', 'year', '2026-06-30')).toBe(15);
    expect(ageAt('2010-01-01', 'year', '2026-12-31')).toBe(16);
    expect(ageAt('2010-03-01', 'month', '2026-03-30')).toBe(15);
    expect(ageAt('2010-03-01', 'month', '2026-03-31')).toBe(16);
  });

  it('counts completed years and normalises estimates', () => {
    expect(ageAt('2015-06-10', 'day', '2025-06-09')).toBe(9);
    expect(ageAt('2015-06-10', 'day', '2025-06-10')).toBe(10);
    expect(ageAt('2015-06-10', 'day', '2014-01-01')).toBe(0);
    expect(normaliseBirthDate('2015-06-10', 'month')).toBe('2015-06-01');
    expect(normaliseBirthDate('2015-06-10', 'year')).toBe('2015-01-01');
    expect(latestBirthDate('2016-02-01', 'month')).toBe('2016-02-29');
  });

  it('groups ages for the statistics and knows real dates', () => {
    expect([0, 2, 3, 5, 6, 10, 11, 15].map(ageGroupOf)).toEqual([
      '0-2',
      '0-2',
      '3-5',
      '3-5',
      '6-10',
      '6-10',
      '11-15',
      '11-15',
    ]);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(vietnamToday(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
  });
});
