import type { CaseDetail } from '../../../shared/domain/Case';
import type { CaseActionRecord } from '../../../shared/domain/CaseAction';
import type { Locale } from '../../../shared/i18n/locale';
import type { MessageId } from '../../i18n/catalogue';
import { formatDateTime } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { formatDay } from '../children/child-labels';
import { CLOCK_LABEL, CLOSE_REASON_LABEL, labelOf, measureName, RATING_LABEL } from './case-labels';
import {
  EMERGENCY_MEASURE_LABEL,
  METHOD_LABEL,
  OUTCOME_LABEL,
  PLACEMENT_LABEL,
  RECOMMENDATION_LABEL,
  RISK_LABEL,
} from './step-labels';

/** Labels of the free-text parts of actions (CaseAction.ts `text`); the step forms use the same ids. */
export const TEXT_LABEL: Record<string, MessageId> = {
  findings: 'case.field.findings',
  harmDescription: 'case.field.harmDescription',
  childCondition: 'case.field.childCondition',
  conclusion: 'case.field.conclusion',
  reason: 'case.field.reason',
  placement: 'case.field.placement',
  notes: 'case.field.notes',
  risks: 'case.field.risks',
  needs: 'case.field.needs',
  participants: 'case.field.participants',
  minutes: 'case.field.minutes',
  goals: 'case.field.goals',
  note: 'case.field.note',
  result: 'case.field.result',
};

export type Detail = { label: string; value: string };
type Ctx = { t: Translate; locale: Locale; detail: CaseDetail };

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function taskName(taskId: unknown, { locale, detail }: Ctx): string {
  const task = detail.tasks.find((x) => x.taskId === taskId);
  if (!task) return '';
  return [measureName(task.measure, locale), task.agency?.name].filter(Boolean).join(' — ');
}

/** One structural fact of an action (`data`), in words; null for keys that say nothing to a reader. */
function dataDetail(key: string, v: unknown, type: string, ctx: Ctx): Detail | null {
  const { t } = ctx;
  const word = (table: Record<string, MessageId>) => {
    const id = labelOf(table, str(v));
    return id ? t(id) : str(v);
  };
  const yes = () => (v === true ? t('child.yes') : t('child.no'));
  const d = (label: MessageId, value: string): Detail => ({ label: t(label), value });
  switch (key) {
    case 'outcome':
      return d('case.field.outcome', word(OUTCOME_LABEL));
    case 'method':
      return d('case.field.method', word(METHOD_LABEL));
    case 'riskLevel':
      return d('case.field.riskLevel', word(RISK_LABEL));
    case 'caregiverIsPerpetrator':
      return d('case.field.caregiverIsPerpetrator', yes());
    case 'childSafeNow':
      return d('case.field.childSafeNow', yes());
    case 'measures':
      return d(
        'case.field.measures',
        (Array.isArray(v) ? v : [])
          .map((m) => t(labelOf(EMERGENCY_MEASURE_LABEL, str(m)) ?? 'case.emergency.other'))
          .join('; '),
      );
    case 'separation':
      return d('case.field.separation', yes());
    case 'placementType':
      return v ? d('case.field.placementType', word(PLACEMENT_LABEL)) : null;
    case 'decisionNumber':
      return v ? d('case.field.decisionNumber', str(v)) : null;
    case 'decidedAt':
      return d('case.field.decidedAt', str(v).length > 10 ? formatDateTime(str(v)) : formatDay(str(v)));
    case 'meetingAt':
      return d('case.field.meetingAt', formatDateTime(str(v)));
    case 'participantCount':
      return d('case.field.participantCount', String(v));
    case 'reviewDate':
      return d('case.field.reviewDate', formatDay(str(v)));
    case 'remainingHarm':
      return d('case.field.remainingHarm', word(RATING_LABEL));
    case 'abuserAccess':
      return d('case.field.abuserAccess', word(RATING_LABEL));
    case 'careEnvironment':
      return d('case.field.careEnvironment', word(RATING_LABEL));
    case 'childCapacity':
      return d('case.field.childCapacity', word(RATING_LABEL));
    case 'recommendation':
      return d('case.field.recommendation', word(RECOMMENDATION_LABEL));
    case 'reason':
      return d('case.field.closeReason', word(CLOSE_REASON_LABEL));
    case 'toCommuneCode':
      return d('case.field.toCommune', str(v));
    case 'taskId':
      return d('case.field.task', taskName(v, ctx));
    case 'dueDate':
      return d('case.field.dueDate', formatDay(str(v)));
    case 'clock':
      return d('case.field.clock', word(CLOCK_LABEL));
    case 'dueAt':
      return d('case.field.dueAt', formatDateTime(str(v)));
    case 'channel':
      return type === 'RECEIVE' ? null : d('case.field.channel', str(v));
    default:
      // ids (reports, tasks of a plan, agencies, children) are shown elsewhere on the page.
      return null;
  }
}

/** The order facts are read in (jsonb keeps keys in its own order, not the form's). */
const DATA_ORDER = [
  'outcome',
  'method',
  'riskLevel',
  'caregiverIsPerpetrator',
  'childSafeNow',
  'measures',
  'separation',
  'placementType',
  'decisionNumber',
  'decidedAt',
  'meetingAt',
  'participantCount',
  'taskId',
  'agencyId',
  'dueDate',
  'remainingHarm',
  'abuserAccess',
  'careEnvironment',
  'childCapacity',
  'recommendation',
  'reason',
  'reviewDate',
  'toCommuneCode',
  'clock',
  'dueAt',
];
const rank = (key: string) => {
  const i = DATA_ORDER.indexOf(key);
  return i < 0 ? DATA_ORDER.length : i;
};

/** The facts and texts of one action as label–value pairs, for the timeline. */
export function actionDetails(a: CaseActionRecord, ctx: Ctx): Detail[] {
  const out: Detail[] = [];
  const entries = Object.entries(a.data).sort(([x], [y]) => rank(x) - rank(y));
  for (const [key, v] of entries) {
    if (v === null || v === undefined || key === 'tasks') continue;
    const item = dataDetail(key, v, a.type, ctx);
    if (item && item.value) out.push(item);
  }
  if (a.type === 'DRAFT_PLAN' && Array.isArray(a.data.tasks))
    out.push({ label: ctx.t('case.field.tasks'), value: String(a.data.tasks.length) });
  for (const [key, v] of Object.entries(a.text ?? {})) {
    const id = labelOf(TEXT_LABEL, key);
    if (id && typeof v === 'string' && v) out.push({ label: ctx.t(id), value: v });
  }
  return out;
}
