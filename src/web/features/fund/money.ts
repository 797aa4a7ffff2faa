import type { Locale } from '../../../shared/i18n/locale';

/** Money is whole đồng (Fund.ts Vnd): shown "1.500.000 đ" in Vietnamese, "1,500,000 đ" in English. */
export function formatVnd(value: number, locale: Locale): string {
  return `${new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 0 }).format(value)} đ`;
}

/** A share of a whole as a percentage for bars, 0–100, never NaN. */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.max(0, Math.min(100, (part / whole) * 100));
}

const VN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Vietnam as yyyy-mm-dd (the default date of a receipt or a payment), whatever the phone's zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return VN_DAY.format(now);
}

/** The first day of the current year in Vietnam (default start of a disclosure period). */
export function startOfYearInVietnam(now: Date = new Date()): string {
  return `${todayInVietnam(now).slice(0, 4)}-01-01`;
}

/** An ISO date (yyyy-mm-dd) as dd/mm/yyyy, without going through a time zone. */
export function formatIsoDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
}
