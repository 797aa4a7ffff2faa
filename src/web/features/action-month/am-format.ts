import { formatDate } from '../../i18n/format';

/** Dates and money of the Action Month: deadlines are calendar days in Vietnam, money whole đồng. */
const VN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const VN_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const VND = new Intl.NumberFormat('vi-VN');

/** Today's date in Vietnam as YYYY-MM-DD, whatever the browser's time zone. */
export function vietnamToday(now: Date = new Date()): string {
  return VN_DAY.format(now);
}

export function vietnamYear(now: Date = new Date()): number {
  return Number(vietnamToday(now).slice(0, 4));
}

/** A calendar date (YYYY-MM-DD) as dd/mm/yyyy. */
export function formatDay(iso: string | null | undefined): string {
  return iso ? formatDate(`${iso.slice(0, 10)}T00:00:00`) : '';
}

/** A moment (ISO timestamp) as dd/mm/yyyy hh:mm in Vietnam time. */
export function formatMoment(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const part = Object.fromEntries(VN_TIME.formatToParts(d).map((p) => [p.type, p.value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}

export function formatVnd(value: number): string {
  return `${VND.format(value)} đ`;
}

export function formatCount(value: number): string {
  return VND.format(value);
}

/** Past its due date (Vietnam time): a submission now is late. */
export function isPastDue(dueDate: string, now: Date = new Date()): boolean {
  return vietnamToday(now) > dueDate;
}
