import type { CaseClockView } from '../../../shared/domain/Case';
import { formatDate, formatDateTime } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration in the largest two units that matter: "2 ngày 3 giờ", "10 giờ 25 phút", "25 phút". */
export function formatDuration(ms: number, t: Translate): string {
  const total = Math.max(0, Math.floor(Math.abs(ms) / MINUTE)) * MINUTE;
  const d = Math.floor(total / DAY);
  const h = Math.floor((total % DAY) / HOUR);
  const m = Math.floor((total % HOUR) / MINUTE);
  if (d > 0) return t('case.duration.days', { d, h });
  if (h > 0) return t('case.duration.hours', { h, m });
  return t('case.duration.minutes', { m });
}

export type DueTone = 'overdue' | 'soon' | 'later';

/** Less than this left: the clock is shown in orange (the "due soon" queue uses 24 hours too). */
const SOON_MS = 24 * HOUR;

/** "Còn 10 giờ 25 phút" or "Quá hạn 3 giờ", with the colour it is shown in. */
export function dueText(dueAt: string, now: number, t: Translate): { text: string; tone: DueTone } {
  const left = Date.parse(dueAt) - now;
  if (left < 0) return { text: t('case.due.overdue', { time: formatDuration(left, t) }), tone: 'overdue' };
  return {
    text: t('case.due.remaining', { time: formatDuration(left, t) }),
    tone: left < SOON_MS ? 'soon' : 'later',
  };
}

export const TONE_COLOR: Record<DueTone, string> = { overdue: 'red.8', soon: 'orange.9', later: 'dimmed' };

export type ClockStatus = CaseClockView['state'];

/**
 * The state of a clock now: the server's state was computed when the case was read, so a running clock whose
 * deadline has passed since then is overdue, not running.
 */
export function liveClockState(c: CaseClockView, now: number): ClockStatus {
  if (c.stoppedAt) return Date.parse(c.stoppedAt) > Date.parse(c.dueAt) ? 'late' : 'met';
  return Date.parse(c.dueAt) < now ? 'overdue' : 'running';
}

/**
 * A deadline as people say it: one that falls at midnight (the end of a working day or of a task's due date) is
 * "hết ngày 30/11/2026", not "01/12/2026 00:00"; others keep their hour (the 12-hour clock).
 */
export function formatDeadline(dueAt: string, t: Translate): string {
  const d = new Date(dueAt);
  if (d.getHours() !== 0 || d.getMinutes() !== 0) return formatDateTime(d);
  return t('case.endOfDay', { date: formatDate(new Date(d.getTime() - MINUTE)) });
}
