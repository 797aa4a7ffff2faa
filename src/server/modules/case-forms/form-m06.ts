import type { CaseActionRecord } from '../../../shared/domain/CaseAction';
import type { BodyBlock, OfficialDocument } from '../../pdf/official-document';
import type { ActorKind, CaseActionType } from '../../../shared/workflow/case-workflow';
import { deriveCaseState, type TaskStatus } from '../../../shared/workflow/derive-case-state';
import {
  RATING_LABELS,
  RATING_ORDER,
  RECOMMENDATION_LABELS,
  TASK_STATUS_LABELS,
  labelOf,
} from './form-labels';
import { COMMON_TEXTS, FORM_TEXTS } from './form-texts';
import {
  childFields,
  communeAt,
  communeIssuer,
  dataOf,
  field,
  latestBefore,
  numberOf,
  signatureOf,
  str,
  textOf,
  textSection,
  vnDate,
  vnDay,
  type FormContext,
} from './form-context';
import { planTaskTable, planTasks } from './form-plan';

const T = FORM_TEXTS.M06;
const S = T.sections;

/** One row per factor with an X under its rating (Cao / Trung bình / Thấp), as Mẫu 06 asks [S15]. */
function ratingRows(factors: readonly (readonly [string, string])[]): string[][] {
  return factors.map(([label, rating], i) => [
    String(i + 1),
    label,
    ...RATING_ORDER.map((r) => (r === rating ? 'X' : '')),
  ]);
}

/** The task statuses as they were when the review was written (replaying the actions up to it). */
function taskStatusesAt(ctx: FormContext, review: CaseActionRecord): Map<string, TaskStatus> {
  const upTo = ctx.detail.actions
    .filter((a) => a.seq < review.seq)
    .sort((a, b) => a.seq - b.seq)
    .map((a) => ({
      seq: a.seq,
      type: a.type as CaseActionType,
      at: a.at,
      actorKind: a.actorKind as ActorKind,
      actorAgencyId: a.actorAgencyId,
      data: a.data,
    }));
  try {
    return new Map(deriveCaseState(upTo).tasks.map((t) => [t.taskId, t.status]));
  } catch {
    // A case file without its first action (should not happen): the tasks as they are now.
    return new Map(ctx.detail.tasks.map((t) => [t.taskId, t.status]));
  }
}

/**
 * Mẫu số 06 "Rà soát, đánh giá tình trạng của trẻ em sau khi thực hiện kế hoạch" (Nghị định 56/2017/NĐ-CP Điều 30;
 * structure of part 1: domain.md §2.2 [S15]).
 */
export function formM06(ctx: FormContext, review: CaseActionRecord): OfficialDocument {
  const where = communeAt(ctx, review.seq);
  const harm = [
    [S.factorRemainingHarm, str(dataOf(review, 'remainingHarm'))],
    [S.factorAbuserAccess, str(dataOf(review, 'abuserAccess'))],
    [S.factorCareEnvironment, str(dataOf(review, 'careEnvironment'))],
  ] as const;
  const totals = RATING_ORDER.map((r) => String(harm.filter(([, v]) => v === r).length));
  const ratingHeader = ['TT', 'Yếu tố', ...RATING_ORDER.map((r) => labelOf(RATING_LABELS, r))];
  const widths = [22, '*', 50, 70, 50] as const;
  const approval = latestBefore(ctx.detail, 'APPROVE_PLAN', review.seq);
  const draft = approval ? latestBefore(ctx.detail, 'DRAFT_PLAN', approval.seq) : undefined;
  const statuses = taskStatusesAt(ctx, review);
  const results: BodyBlock[] = draft
    ? [planTaskTable(planTasks(ctx, draft), (l) => labelOf(TASK_STATUS_LABELS, statuses.get(l.taskId)))]
    : [{ kind: 'paragraph', text: COMMON_TEXTS.blank }];
  return {
    issuer: communeIssuer(where),
    number: numberOf(T),
    place: where.shortName,
    date: vnDate(review.at),
    title: T.title,
    subtitle: T.subtitle,
    body: [
      ...childFields(ctx),
      field('Người thực hiện rà soát, đánh giá', review.actorName),
      field('Ngày rà soát, đánh giá', vnDay(vnDate(review.at))),
      { kind: 'heading', text: S.risk },
      { kind: 'heading', level: 2, text: S.harm },
      {
        kind: 'table',
        header: ratingHeader,
        widths,
        rows: [...ratingRows(harm), ['', S.total, ...totals]],
      },
      { kind: 'heading', level: 2, text: S.capacity },
      {
        kind: 'table',
        header: ratingHeader,
        widths,
        rows: ratingRows([[S.factorChildCapacity, str(dataOf(review, 'childCapacity'))]]),
      },
      { kind: 'heading', text: S.condition },
      ...textSection(
        'Tình trạng thể chất, tâm lý, nhận thức, tình cảm và môi trường sống',
        textOf(review, 'childCondition'),
      ),
      { kind: 'heading', text: S.results },
      ...results,
      { kind: 'heading', text: S.proposal },
      field('Đề xuất', labelOf(RECOMMENDATION_LABELS, str(dataOf(review, 'recommendation')))),
      ...(textOf(review, 'notes') ? textSection('Ghi chú', textOf(review, 'notes')) : []),
    ],
    signature: signatureOf(T, review.actorName),
    recipients: COMMON_TEXTS.recipientsReport,
  };
}
