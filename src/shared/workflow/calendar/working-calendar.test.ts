import { describe, expect, it } from 'vitest';
import { dayNumberOf, isoOfDayNumber } from './lunar';
import { createWorkingCalendar, vnDateOf, type CalendarOverride } from './working-calendar';

/** An instant at a Vietnam wall-clock time. */
const vn = (date: string, time = '10:00') => new Date(`${date}T${time}:00+07:00`);
/** The end (24:00 Vietnam time) of a day. */
const endOf = (date: string) => new Date(`${date}T17:00:00Z`);

const plain = createWorkingCalendar([]);

describe('vnDateOf', () => {
  it('gives the Vietnam date of an instant', () => {
    expect(vnDateOf(new Date('2025-12-31T16:59:59Z'))).toBe('2025-12-31');
    expect(vnDateOf(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
    expect(() => vnDateOf(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('isWorkingDay', () => {
  it('knows weekends, holidays and weekdays', () => {
    expect(plain.isWorkingDay('2026-02-13')).toBe(true); // Friday
    expect(plain.isWorkingDay('2026-02-14')).toBe(false); // Saturday
    expect(plain.isWorkingDay('2026-02-15')).toBe(false); // Sunday
    expect(plain.isWorkingDay('2026-02-16')).toBe(false); // eve of Tết
    expect(plain.isWorkingDay('2026-02-23')).toBe(true); // Monday after Tết
    expect(() => plain.isWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('does not count the starting day and skips a weekend', () => {
    expect(plain.addWorkingDays(vn('2025-10-10'), 1)).toEqual(endOf('2025-10-13'));
    expect(plain.addWorkingDays(vn('2025-10-10'), 3)).toEqual(endOf('2025-10-15'));
    // Late on Friday evening is still Friday in Vietnam.
    expect(plain.addWorkingDays(vn('2025-10-10', '23:59'), 1)).toEqual(endOf('2025-10-13'));
  });

  it('skips Tết: 5 working days from Friday 13 February 2026 end on Friday 27 February', () => {
    // 14–15 weekend, 16–20 Tết, 21–22 weekend, then 23, 24, 25, 26, 27.
    expect(plain.addWorkingDays(vn('2026-02-13'), 5)).toEqual(endOf('2026-02-27'));
  });

  it('skips Giỗ Tổ Hùng Vương and the two days of Quốc khánh', () => {
    expect(plain.addWorkingDays(vn('2025-04-04'), 1)).toEqual(endOf('2025-04-08')); // 7 April 2025
    expect(plain.addWorkingDays(vn('2025-08-29'), 1)).toEqual(endOf('2025-09-03')); // 1–2 September 2025
    expect(plain.addWorkingDays(vn('2025-04-29'), 1)).toEqual(endOf('2025-05-02')); // 30/4 and 1/5
  });

  it('crosses the year boundary and 1 January', () => {
    expect(plain.addWorkingDays(vn('2025-12-31'), 1)).toEqual(endOf('2026-01-02'));
    // 01:00 on 1 January in Vietnam is still 31 December in UTC: the Vietnam day counts.
    expect(plain.addWorkingDays(new Date('2025-12-31T18:00:00Z'), 1)).toEqual(endOf('2026-01-02'));
  });

  it('skips a compensatory day off (day_off override)', () => {
    // Giỗ Tổ 2026 falls on Sunday 26 April; a compensatory Monday is decided by the government.
    const compensated = createWorkingCalendar([
      { date: '2026-04-27', kind: 'day_off', nameVi: 'Nghỉ bù Giỗ Tổ', nameEn: "Hung Kings' day in lieu" },
    ]);
    expect(plain.addWorkingDays(vn('2026-04-24'), 1)).toEqual(endOf('2026-04-27'));
    expect(compensated.addWorkingDays(vn('2026-04-24'), 1)).toEqual(endOf('2026-04-28'));
    // 27 in lieu, 28, 29, then 30/4, 1/5 and the weekend, then 4 May.
    expect(compensated.addWorkingDays(vn('2026-04-24'), 3)).toEqual(endOf('2026-05-04'));
  });

  it('counts a Saturday worked in exchange (working_day override)', () => {
    const swapped = createWorkingCalendar([
      { date: '2025-02-08', kind: 'working_day', nameVi: 'Làm bù', nameEn: 'Worked in exchange' },
    ]);
    expect(swapped.isWorkingDay('2025-02-08')).toBe(true);
    expect(plain.addWorkingDays(vn('2025-02-07'), 1)).toEqual(endOf('2025-02-10'));
    expect(swapped.addWorkingDays(vn('2025-02-07'), 1)).toEqual(endOf('2025-02-08'));
  });

  it('with n = 0 ends the same day when it is a working day, else the next working day', () => {
    expect(plain.addWorkingDays(vn('2026-02-11'), 0)).toEqual(endOf('2026-02-11'));
    expect(plain.addWorkingDays(vn('2026-02-14'), 0)).toEqual(endOf('2026-02-23'));
  });

  it('refuses a negative or fractional count', () => {
    expect(() => plain.addWorkingDays(vn('2026-02-11'), -1)).toThrow(RangeError);
    expect(() => plain.addWorkingDays(vn('2026-02-11'), 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the first day up to and including the last', () => {
    expect(plain.workingDaysBetween(vn('2026-02-13', '08:00'), vn('2026-02-13', '17:00'))).toBe(0);
    expect(plain.workingDaysBetween(vn('2025-10-10'), vn('2025-10-17'))).toBe(5);
    expect(plain.workingDaysBetween(vn('2026-02-13'), vn('2026-02-27'))).toBe(5);
    expect(plain.workingDaysBetween(vn('2026-02-27'), vn('2026-02-13'))).toBe(-5);
  });

  it('agrees with a day-by-day count and with addWorkingDays over several years', () => {
    const cal = createWorkingCalendar([
      { date: '2026-04-27', kind: 'day_off', nameVi: 'Nghỉ bù', nameEn: 'Day in lieu' },
      { date: '2027-01-09', kind: 'working_day', nameVi: 'Làm bù', nameEn: 'Worked in exchange' },
    ]);
    let seed = 20260213;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const start = dayNumberOf('2024-01-01');
    for (let i = 0; i < 300; i += 1) {
      const from = start + random(4 * 365);
      const n = 1 + random(20);
      const deadline = cal.addWorkingDays(vn(isoOfDayNumber(from)), n);
      // The deadline is 24:00, i.e. the first instant of the next Vietnam day: its last day is one ms earlier.
      const lastMoment = new Date(deadline.getTime() - 1);
      const end = dayNumberOf(vnDateOf(lastMoment));
      let counted = 0;
      for (let d = from + 1; d <= end; d += 1) if (cal.isWorkingDay(isoOfDayNumber(d))) counted += 1;
      expect(counted).toBe(n);
      expect(cal.isWorkingDay(isoOfDayNumber(end))).toBe(true);
      expect(cal.workingDaysBetween(vn(isoOfDayNumber(from)), lastMoment)).toBe(n);
    }
    const yearWorking = cal.workingDaysBetween(vn('2024-12-31'), vn('2027-12-31'));
    let brute = 0;
    for (let d = dayNumberOf('2025-01-01'); d <= dayNumberOf('2027-12-31'); d += 1)
      if (cal.isWorkingDay(isoOfDayNumber(d))) brute += 1;
    expect(yearWorking).toBe(brute);
  });
});

describe('daysOff', () => {
  it('merges statutory days and overrides, minus the days worked, sorted', () => {
    const overrides: CalendarOverride[] = [
      { date: '2026-04-27', kind: 'day_off', nameVi: 'Nghỉ bù Giỗ Tổ', nameEn: 'Day in lieu' },
      // The government may move the day beside Quốc khánh from 1/9 to 3/9.
      { date: '2026-09-01', kind: 'working_day', nameVi: 'Đi làm', nameEn: 'Working day' },
      { date: '2026-09-03', kind: 'day_off', nameVi: 'Quốc khánh (ngày liền kề)', nameEn: 'National Day' },
    ];
    const days = createWorkingCalendar(overrides).daysOff(2026);
    expect(days.map((d) => d.date)).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-02',
      '2026-09-03',
    ]);
    expect(days.find((d) => d.date === '2026-04-27')).toEqual({
      date: '2026-04-27',
      nameVi: 'Nghỉ bù Giỗ Tổ',
      nameEn: 'Day in lieu',
      source: 'override',
    });
    expect(days.find((d) => d.date === '2026-01-01')?.source).toBe('statutory');
  });

  it('lets an override rename a statutory day and hands out copies', () => {
    const cal = createWorkingCalendar([
      { date: '2026-01-01', kind: 'day_off', nameVi: 'Tết Dương lịch 2026', nameEn: 'New Year 2026' },
    ]);
    const first = cal.daysOff(2026)[0];
    expect(first).toMatchObject({ date: '2026-01-01', nameVi: 'Tết Dương lịch 2026', source: 'override' });
    if (first) first.nameVi = 'changed';
    expect(cal.daysOff(2026)[0]?.nameVi).toBe('Tết Dương lịch 2026');
  });

  it('refuses an override with an invalid date', () => {
    expect(() =>
      createWorkingCalendar([{ date: '2026-13-01', kind: 'day_off', nameVi: 'x', nameEn: 'x' }]),
    ).toThrow(RangeError);
  });
});
