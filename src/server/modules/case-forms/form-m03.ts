import type { CaseActionRecord } from '../../../shared/domain/CaseAction';
import type { OfficialDocument } from '../../pdf/official-document';
import { RATING_LABELS, labelOf } from './form-labels';
import { COMMON_TEXTS, FORM_TEXTS } from './form-texts';
import {
  childFields,
  communeAt,
  communeIssuer,
  dataOf,
  field,
  numberOf,
  signatureOf,
  str,
  subtitleOf,
  textOf,
  textSection,
  vnDate,
  vnDateTime,
  type FormContext,
} from './form-context';

const T = FORM_TEXTS.M03;

/**
 * Mẫu số 03, the specific risk assessment and the needs of the child, with the minutes of the meeting the chairman
 * holds to decide the protection measures (Nghị định 56/2017/NĐ-CP Điều 27; domain.md §2.2 [S12, S17]).
 */
export function formM03(ctx: FormContext, action: CaseActionRecord): OfficialDocument {
  const where = communeAt(ctx, action.seq);
  const meetingAt = str(dataOf(action, 'meetingAt'));
  const count = dataOf(action, 'participantCount');
  return {
    issuer: communeIssuer(where),
    number: numberOf(T),
    place: where.shortName,
    date: vnDate(action.at),
    title: T.title,
    subtitle: subtitleOf(T, ctx),
    body: [
      { kind: 'heading', text: T.sections.child },
      ...childFields(ctx),
      { kind: 'heading', text: T.sections.risks },
      ...textSection('Các nguy cơ đối với trẻ em', textOf(action, 'risks')),
      field('Mức độ nguy cơ', labelOf(RATING_LABELS, str(dataOf(action, 'riskLevel')))),
      { kind: 'heading', text: T.sections.needs },
      ...textSection('Nhu cầu của trẻ em', textOf(action, 'needs')),
      { kind: 'heading', text: T.sections.meeting },
      field('Thời gian họp', meetingAt ? vnDateTime(meetingAt) : null),
      field('Số người tham dự', typeof count === 'number' ? String(count) : null),
      ...textSection('Thành phần tham dự', textOf(action, 'participants')),
      ...textSection('Nội dung, kết luận cuộc họp', textOf(action, 'minutes')),
    ],
    signature: signatureOf(T, action.actorName),
    recipients: COMMON_TEXTS.recipientsReport,
  };
}
