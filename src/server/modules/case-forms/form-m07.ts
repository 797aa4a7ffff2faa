import type { CaseActionRecord } from '../../../shared/domain/CaseAction';
import type { BodyBlock, OfficialDocument } from '../../pdf/official-document';
import { EMERGENCY_MEASURE_LABELS, PLACEMENT_LABELS, labelOf } from './form-labels';
import { COMMON_TEXTS, FORM_TEXTS, withChild } from './form-texts';
import {
  childFields,
  childOf,
  communeAt,
  communeIssuer,
  dataOf,
  field,
  numberOf,
  paragraphs,
  signatureOf,
  str,
  textOf,
  textSection,
  vnDate,
  vnDateTime,
  type FormContext,
} from './form-context';
import { article, decisionOpening } from './form-decision';

const T = FORM_TEXTS.M07;
const S = T.sections;

/**
 * Mẫu số 07, the chairman's decision on the temporary separation of a child from the parents or caregiver
 * (Nghị định 56/2017/NĐ-CP Điều 26 khoản 3, Điều 32; domain.md §2.2 [S18]). Emergency measures without a separation
 * print the same decision under its own subject (our variant: the decree's form is the separation).
 */
export function formM07(ctx: FormContext, action: CaseActionRecord): OfficialDocument {
  const where = communeAt(ctx, action.seq);
  const separation = dataOf(action, 'separation') === true;
  const child = childOf(ctx.detail).name;
  const measures = dataOf(action, 'measures');
  const decidedAt = str(dataOf(action, 'decidedAt')) || action.at;
  const placement = [
    labelOf(PLACEMENT_LABELS, str(dataOf(action, 'placementType'))),
    textOf(action, 'placement'),
  ]
    .filter((s) => s)
    .join(': ');
  const measureLines: BodyBlock = {
    kind: 'list',
    items: Array.isArray(measures) ? measures.map((m) => labelOf(EMERGENCY_MEASURE_LABELS, str(m))) : [],
  };
  return {
    issuer: communeIssuer(where),
    number: numberOf(T, textOrNull(dataOf(action, 'decisionNumber'))),
    place: where.shortName,
    date: vnDate(decidedAt),
    title: T.title,
    subtitle: separation ? T.subtitle : S.subtitleNoSeparation,
    body: [
      ...decisionOpening(where, S.proposal, S.decides),
      article(withChild(separation ? S.article1Separation : S.article1Measures, child)),
      ...childFields(ctx),
      field('Thời điểm quyết định', vnDateTime(decidedAt)),
      ...textSection(S.reason, textOf(action, 'reason')),
      ...(separation || placement ? [field(S.placement, placement || null)] : []),
      { kind: 'heading', level: 2, text: S.measures },
      measureLines,
      ...(textOf(action, 'notes') ? paragraphs(textOf(action, 'notes')) : []),
      article(S.article2),
      article(S.article3),
    ],
    signature: signatureOf(T, action.actorName),
    recipients: [...COMMON_TEXTS.recipientsDecision],
  };
}

function textOrNull(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}
