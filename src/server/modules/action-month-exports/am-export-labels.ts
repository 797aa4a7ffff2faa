import type { AmActivityType, AmResultFigures } from '../../../shared/domain/ActionMonth';

/**
 * Vietnamese labels of the exported Action Month documents (the web app has its own for the screens). The activity
 * types follow Thông tư 15/2014/TT-BLĐTBXH and the yearly guidance (domain.md §4).
 */
export const ACTIVITY_TYPE_LABELS: Record<AmActivityType, string> = {
  communication: 'Truyền thông',
  launch_ceremony: 'Lễ phát động',
  visits_gifts: 'Thăm hỏi, tặng quà',
  health_screening: 'Khám sàng lọc, chăm sóc sức khỏe',
  summer_activities: 'Hoạt động hè, vui chơi, giải trí',
  training: 'Tập huấn, bồi dưỡng',
  fund_drive: 'Vận động nguồn lực',
  children_forum: 'Diễn đàn trẻ em',
  facility: 'Công trình vui chơi cho trẻ em',
  inspection: 'Kiểm tra, giám sát',
  other: 'Hoạt động khác',
};

export type FigureKey = keyof AmResultFigures;

/** The figures of a result, with whether they are money (whole đồng) or counts. Display order: AM_FIGURES. */
export const FIGURE_LABELS: Record<FigureKey, { label: string; money: boolean }> = {
  events: { label: 'Số hoạt động, sự kiện đã tổ chức', money: false },
  participantsMale: { label: 'Số lượt người tham gia (nam)', money: false },
  participantsFemale: { label: 'Số lượt người tham gia (nữ)', money: false },
  childrenReached: { label: 'Số lượt trẻ em được tiếp cận, tham gia', money: false },
  childrenGifted: { label: 'Số trẻ em được thăm hỏi, tặng quà', money: false },
  giftsValue: { label: 'Giá trị quà tặng', money: true },
  cashMobilised: { label: 'Vận động bằng tiền mặt', money: true },
  inKindMobilised: { label: 'Vận động bằng hiện vật (quy ra tiền)', money: true },
  screenings: { label: 'Số lượt trẻ em được khám sàng lọc', money: false },
  surgeries: { label: 'Số trẻ em được phẫu thuật', money: false },
  facilitiesBuilt: { label: 'Số công trình cho trẻ em được xây mới', money: false },
  facilitiesUpgraded: { label: 'Số công trình cho trẻ em được nâng cấp, sửa chữa', money: false },
  mediaItems: { label: 'Số tin, bài, sản phẩm truyền thông', money: false },
  trainings: { label: 'Số lớp tập huấn', money: false },
  trainees: { label: 'Số lượt người được tập huấn', money: false },
};

/** 1234567 → "1.234.567" (vi-VN digit grouping, written out so it never depends on the ICU data installed). */
export function formatNumber(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 1234567 → "1.234.567 đ". */
export function formatVnd(n: number): string {
  return `${formatNumber(n)} đ`;
}

export function formatFigure(key: FigureKey, value: number): string {
  return FIGURE_LABELS[key].money ? formatVnd(value) : formatNumber(value);
}

/** "2025-06-01" → "01/6/2025", the day as official documents write it in running text and tables. */
export function vnDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${Number(m)}/${y}`;
}

/** The dates of an activity: "01/6 - 30/6/2025" (the year once when it is the same), one end, or "". */
export function dateRange(start: string | null, end: string | null): string {
  if (start && end) {
    if (start === end) return vnDay(start);
    const from = start.slice(0, 4) === end.slice(0, 4) ? vnDay(start).slice(0, -5) : vnDay(start);
    return `${from} - ${vnDay(end)}`;
  }
  if (start) return `Từ ${vnDay(start)}`;
  if (end) return `Đến ${vnDay(end)}`;
  return '';
}

/** "2025-06-01" → a Date at midnight UTC, for spreadsheet cells (a date without time zone). */
export function excelDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** Free text as paragraphs: one per non-empty line. */
export function paragraphsOf(text: string | null): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
