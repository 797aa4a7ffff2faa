import type { CaseActionRecord } from '../../../shared/domain/CaseAction';
import type { BodyBlock, OfficialDocument } from '../../pdf/official-document';
import { COMMON_TEXTS, FORM_TEXTS, withChild } from './form-texts';
import {
  childOf,
  communeAt,
  communeIssuer,
  dataOf,
  latestBefore,
  numberOf,
  paragraphs,
  signatureOf,
  str,
  subtitleOf,
  textOf,
  vnDate,
  type FormContext,
} from './form-context';
import { article, decisionOpening } from './form-decision';
import { planGoals, planReviewDate, planTaskTable, planTasks } from './form-plan';

const T = FORM_TEXTS.M05;

/**
 * Mẫu số 05, the chairman's decision approving the support and intervention plan, with the plan (Nghị định
 * 56/2017/NĐ-CP Điều 28; domain.md §2.2 [S13]). The plan is the draft the decision approved: the latest DRAFT_PLAN
 * before it.
 */
export function formM05(ctx: FormContext, approval: CaseActionRecord): OfficialDocument {
  const where = communeAt(ctx, approval.seq);
  const draft = latestBefore(ctx.detail, 'DRAFT_PLAN', approval.seq);
  const child = childOf(ctx.detail).name;
  const decidedAt = str(dataOf(approval, 'decidedAt'));
  const plan: BodyBlock[] = draft
    ? [
        { kind: 'heading', level: 2, text: T.sections.goals },
        ...paragraphs(planGoals(draft)),
        { kind: 'heading', level: 2, text: T.sections.tasks },
        planTaskTable(planTasks(ctx, draft)),
        { kind: 'heading', level: 2, text: T.sections.review },
        { kind: 'paragraph', text: planReviewDate(draft) ?? COMMON_TEXTS.blank },
      ]
    : [];
  const note = textOf(approval, 'note');
  return {
    issuer: communeIssuer(where),
    number: numberOf(T, str(dataOf(approval, 'decisionNumber'))),
    place: where.shortName,
    date: /^\d{4}-\d{2}-\d{2}$/.test(decidedAt) ? decidedAt : vnDate(approval.at),
    title: T.title,
    subtitle: subtitleOf(T, ctx),
    body: [
      ...decisionOpening(where, T.sections.proposal, T.sections.decides),
      article(withChild(T.sections.article1, child)),
      ...plan,
      ...(note ? paragraphs(note) : []),
      article(T.sections.article2),
      article(T.sections.article3),
    ],
    signature: signatureOf(T, approval.actorName),
    recipients: COMMON_TEXTS.recipientsDecision,
  };
}
