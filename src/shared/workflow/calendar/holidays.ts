import { dayNumberOf, isoOfDayNumber, lunarToSolar } from './lunar';

export type PublicHoliday = { date: string; nameVi: string; nameEn: string; source: string };

/**
 * The statutory public holidays (ngày nghỉ lễ, tết) of a solar year, by their default rule.
 * Bộ luật Lao động 2019 (45/2019/QH14) Điều 112 khoản 1: 1/1; Tết Âm lịch 5 days; 30/4; 1/5; Quốc khánh 2/9 and one
 * adjacent day before or after; Giỗ Tổ Hùng Vương 10/3 âm lịch.
 * NOT marked verified in ../shared/docs/domain.md. Which 5 Tết days and which day beside 2/9 are decided each year by
 * the government (Thủ tướng), and so are the compensatory days (nghỉ bù) when a holiday falls on a weekend: the
 * calendar_overrides table fixes a year (day_off / working_day), these rules only give the default.
 */
export function publicHolidays(year: number): PublicHoliday[] {
  const solar = (month: number, day: number) =>
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const article = 'Bộ luật Lao động 2019 Điều 112 khoản 1';

  // Default Tết: the last day of the old lunar year and the 1st to 4th of the new one.
  const tet = dayNumberOf(lunarToSolar({ year, month: 1, day: 1, leap: false }));
  const tetDays: PublicHoliday[] = [
    {
      date: isoOfDayNumber(tet - 1),
      nameVi: 'Tết Nguyên đán (ngày cuối năm âm lịch)',
      nameEn: 'Lunar New Year (last day of the lunar year)',
      source: `${article} điểm b`,
    },
    ...[1, 2, 3, 4].map((n) => ({
      date: isoOfDayNumber(tet + n - 1),
      nameVi: `Tết Nguyên đán (mùng ${n})`,
      nameEn: `Lunar New Year (day ${n})`,
      source: `${article} điểm b`,
    })),
  ];

  const holidays: PublicHoliday[] = [
    { date: solar(1, 1), nameVi: 'Tết Dương lịch', nameEn: "New Year's Day", source: `${article} điểm a` },
    ...tetDays,
    {
      date: lunarToSolar({ year, month: 3, day: 10, leap: false }),
      nameVi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      nameEn: "Hung Kings' Commemoration Day (10th day of the 3rd lunar month)",
      source: `${article} điểm e`,
    },
    {
      date: solar(4, 30),
      nameVi: 'Ngày Chiến thắng (30/4)',
      nameEn: 'Reunification Day (30 April)',
      source: `${article} điểm c`,
    },
    {
      date: solar(5, 1),
      nameVi: 'Ngày Quốc tế Lao động (1/5)',
      nameEn: 'International Labour Day (1 May)',
      source: `${article} điểm d`,
    },
    // The adjacent day may be 1/9 or 3/9; the default is 1/9, an override moves it.
    {
      date: solar(9, 1),
      nameVi: 'Quốc khánh (ngày liền kề)',
      nameEn: 'National Day (adjacent day)',
      source: `${article} điểm đ`,
    },
    {
      date: solar(9, 2),
      nameVi: 'Quốc khánh (2/9)',
      nameEn: 'National Day (2 September)',
      source: `${article} điểm đ`,
    },
  ];
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
