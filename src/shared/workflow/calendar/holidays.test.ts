import { describe, expect, it } from 'vitest';
import { publicHolidays } from './holidays';

describe('publicHolidays (Bộ luật Lao động 2019 Điều 112 khoản 1, default rule)', () => {
  it('lists the 11 statutory days of 2026 in date order', () => {
    expect(publicHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01',
      // Tết Bính Ngọ: 1/1 âm lịch = 17 February; the eve is 29 tháng Chạp.
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26', // Giỗ Tổ Hùng Vương, a Sunday
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
  });

  it('computes Tết and Giỗ Tổ from the lunar calendar each year', () => {
    const dates = publicHolidays(2025).map((h) => h.date);
    expect(dates).toEqual(expect.arrayContaining(['2025-01-28', '2025-01-29', '2025-02-01', '2025-04-07']));
    expect(dates).not.toContain('2025-02-02');
    const hungKings = publicHolidays(2024).find((h) => h.nameEn.startsWith('Hung Kings'));
    expect(hungKings?.date).toBe('2024-04-18');
  });

  it('names every day in both languages and cites the article', () => {
    for (const h of publicHolidays(2027)) {
      expect(h.date.startsWith('2027-')).toBe(true);
      expect(h.nameVi.length).toBeGreaterThan(0);
      expect(h.nameEn.length).toBeGreaterThan(0);
      expect(h.source).toMatch(/^Bộ luật Lao động 2019 Điều 112 khoản 1 điểm [abcdđe]$/);
    }
  });
});
