import { ActionIcon, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { CaseClockView, CaseDetail } from '../../../shared/domain/Case';
import { useI18n } from '../../i18n/context';
import type { Translate } from '../../i18n/translate';
import { Section } from '../children/ProfileParts';
import { CLOCK_BASIS, CLOCK_LABEL, measureName } from './case-labels';
import { formatDeadline, formatDuration, liveClockState, type ClockStatus } from './clock-format';
import { useNow } from './useNow';

const STATE_COLOR: Record<ClockStatus, string> = {
  running: 'blue',
  overdue: 'red',
  met: 'teal',
  late: 'orange',
};

function stateText(c: CaseClockView, state: ClockStatus, now: number, t: Translate): string {
  const due = Date.parse(c.dueAt);
  switch (state) {
    case 'running':
      return t('case.due.remaining', { time: formatDuration(due - now, t) });
    case 'overdue':
      return t('case.due.overdue', { time: formatDuration(now - due, t) });
    case 'met':
      return t('case.clockState.met');
    case 'late':
      return t('case.clockState.late', { time: formatDuration(Date.parse(c.stoppedAt ?? c.dueAt) - due, t) });
  }
}

/** The legal basis of a clock, on hover, focus or touch (a phone has no hover). */
function Basis({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <Tooltip label={text} multiline w={260} events={{ hover: true, focus: true, touch: true }}>
      <ActionIcon variant="subtle" size="sm" radius="xl" aria-label={`${t('case.legalBasis')}: ${text}`}>
        <svg
          width="16"
          height="16"
          viewBox="0 0 24 24"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="12" cy="12" r="10" />
          <path d="M12 16v-5M12 8h.01" strokeLinecap="round" />
        </svg>
      </ActionIcon>
    </Tooltip>
  );
}

/** Running clocks first, the nearest deadline on top; then those already stopped. */
function order(a: CaseClockView, b: CaseClockView): number {
  const stopped = Number(a.stoppedAt !== null) - Number(b.stoppedAt !== null);
  return stopped !== 0 ? stopped : a.dueAt.localeCompare(b.dueAt);
}

/**
 * Thời hạn theo luật: each legal clock of the current cycle with its deadline, its state (counting down, overdue,
 * met, late), whether it was escalated, and its legal basis.
 */
export function CaseClocks({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const now = useNow();
  if (detail.clocks.length === 0) return null;
  const label = (c: CaseClockView) => {
    if (c.kind !== 'task') return t(CLOCK_LABEL[c.kind]);
    const task = detail.tasks.find((x) => x.taskId === c.taskId);
    return t('case.clock.task', { measure: task ? measureName(task.measure, locale) : '' });
  };
  return (
    <Section id="case-clocks" title={t('case.clocksTitle')}>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {[...detail.clocks].sort(order).map((c) => {
          const state = liveClockState(c, now);
          const noEmergency =
            c.kind === 'emergency_12h' && detail.emergencyNeeded === false && state !== 'overdue';
          return (
            <li key={`${c.kind}-${c.taskId ?? ''}-${c.startedAt}`}>
              <Group gap={2} wrap="nowrap" align="flex-start">
                <Text size="sm" fw={600}>
                  {label(c)}
                </Text>
                <Basis text={t(CLOCK_BASIS[c.kind])} />
              </Group>
              <Group gap={6} mt={2}>
                <Badge color={STATE_COLOR[state]} variant={state === 'overdue' ? 'filled' : 'light'}>
                  {stateText(c, state, now, t)}
                </Badge>
                {c.flagged && (
                  <Badge color="red" variant="outline">
                    {t('case.escalated')}
                  </Badge>
                )}
                <Text size="xs" c="dimmed">
                  {t('case.dueAt', { at: formatDeadline(c.dueAt, t) })}
                  {noEmergency && ` · ${t('case.noEmergencyNeeded')}`}
                </Text>
              </Group>
            </li>
          );
        })}
      </Stack>
    </Section>
  );
}
