import type { CaseActionRecord } from '../../../shared/domain/CaseAction';
import type { OfficialDocument } from '../../pdf/official-document';
import { INITIAL_RISK_LABELS, VERIFY_METHOD_LABELS, labelOf } from './form-labels';
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
  subtitleOf,
  textOf,
  textSection,
  vnDate,
  vnDateTime,
  type FormContext,
} from './form-context';

const T = FORM_TEXTS.M02;
const yesNo = (v: unknown) => (v === true ? COMMON_TEXTS.yes : v === false ? COMMON_TEXTS.no : null);

/**
 * Mẫu số 02, the initial risk assessment (Nghị định 56/2017/NĐ-CP Điều 26 khoản 2): the commune child-protection
 * worker's report that decides whether emergency measures are needed (Điều 26 khoản 3).
 */
export function formM02(ctx: FormContext, action: CaseActionRecord): OfficialDocument {
  const where = communeAt(ctx, action.seq);
  const verify = latestBefore(ctx.detail, 'VERIFY', action.seq);
  const risk = str(dataOf(action, 'riskLevel'));
  const emergency = risk === 'serious' || dataOf(action, 'caregiverIsPerpetrator') === true;
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
      { kind: 'heading', text: T.sections.verification },
      ...(verify
        ? [
            field('Thời gian', vnDateTime(verify.at)),
            field('Cách thức', labelOf(VERIFY_METHOD_LABELS, str(dataOf(verify, 'method')))),
            ...textSection('Kết quả', textOf(verify, 'findings')),
          ]
        : [field('Kết quả', null)]),
      { kind: 'heading', text: T.sections.assessment },
      field('Thời gian đánh giá', vnDateTime(action.at)),
      ...textSection('Mô tả hành vi xâm hại, tổn hại', textOf(action, 'harmDescription')),
      ...textSection('Tình trạng của trẻ em', textOf(action, 'childCondition')),
      field('Mức độ nguy cơ', labelOf(INITIAL_RISK_LABELS, risk)),
      field('Cha, mẹ, người chăm sóc là người gây tổn hại', yesNo(dataOf(action, 'caregiverIsPerpetrator'))),
      field('Trẻ em hiện đang an toàn', yesNo(dataOf(action, 'childSafeNow'))),
      { kind: 'heading', text: T.sections.conclusion },
      ...textSection('Kết luận', textOf(action, 'conclusion')),
      field('Đề xuất', emergency ? T.sections.proposeEmergency : T.sections.proposeNoEmergency),
    ],
    signature: signatureOf(T, action.actorName),
    recipients: COMMON_TEXTS.recipientsReport,
  };
}
