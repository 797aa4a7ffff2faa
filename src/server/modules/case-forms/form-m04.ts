import type { CaseActionRecord } from '../../../shared/domain/CaseAction';
import type { OfficialDocument } from '../../pdf/official-document';
import { COMMON_TEXTS, FORM_TEXTS } from './form-texts';
import {
  childFields,
  communeAt,
  communeIssuer,
  field,
  numberOf,
  paragraphs,
  signatureOf,
  subtitleOf,
  vnDate,
  type FormContext,
} from './form-context';
import { planGoals, planReviewDate, planTaskTable, planTasks } from './form-plan';

const T = FORM_TEXTS.M04;

/**
 * Mẫu số 04, the support and intervention plan the commune child-protection worker drafts and submits to the
 * chairman within 05 working days (Nghị định 56/2017/NĐ-CP Điều 28 khoản 1–2; domain.md §2.2 [S13]).
 */
export function formM04(ctx: FormContext, draft: CaseActionRecord): OfficialDocument {
  const where = communeAt(ctx, draft.seq);
  return {
    issuer: communeIssuer(where),
    number: numberOf(T),
    place: where.shortName,
    date: vnDate(draft.at),
    title: T.title,
    subtitle: subtitleOf(T, ctx),
    body: [
      { kind: 'heading', text: T.sections.child },
      ...childFields(ctx),
      { kind: 'heading', text: T.sections.goals },
      ...paragraphs(planGoals(draft)),
      { kind: 'heading', text: T.sections.tasks },
      planTaskTable(planTasks(ctx, draft)),
      { kind: 'heading', text: T.sections.review },
      field('Thời gian rà soát, đánh giá', planReviewDate(draft)),
    ],
    signature: signatureOf(T, draft.actorName),
    recipients: COMMON_TEXTS.recipientsReport,
  };
}
