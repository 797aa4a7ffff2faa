import type { ReportView } from '../../../shared/domain/Report';
import type { BodyBlock, OfficialDocument } from '../../pdf/official-document';
import {
  CHANNEL_LABELS,
  ENVIRONMENT_LABELS,
  PERPETRATOR_LABELS,
  REPORTER_RELATION_LABELS,
  SEX_LABELS,
  URGENCY_LABELS,
  labelOf,
} from './form-labels';
import { FORM_TEXTS, COMMON_TEXTS } from './form-texts';
import {
  communeIssuer,
  communeNamed,
  field,
  inSentence,
  labelLine,
  numberOf,
  paragraphs,
  signatureOf,
  vnDate,
  vnDateTime,
  vnDay,
  type FormContext,
} from './form-context';

const T = FORM_TEXTS.M01;

function parent(name: string | null, age: number | null, job: string | null): string | null {
  if (!name && age === null && !job) return null;
  return [
    name ?? COMMON_TEXTS.blank,
    `tuổi: ${age ?? COMMON_TEXTS.blank}`,
    `nghề nghiệp: ${job ?? COMMON_TEXTS.blank}`,
  ].join('; ');
}

function reporterBlocks(report: ReportView): BodyBlock[] {
  const r = report.reporter;
  // The reporter's identity is kept only with consent (Mẫu 01 [S16]); otherwise it is not even in the case.
  if (report.reporterAnonymous || !r || (!r.name && !r.phone && !r.address))
    return [{ kind: 'paragraph', text: [{ text: T.sections.reporterWithheld, italics: true }] }];
  return [
    field('Họ và tên', r.name),
    field('Quan hệ với trẻ em', labelOf(REPORTER_RELATION_LABELS, r.relation)),
    field('Số điện thoại', r.phone),
    field('Địa chỉ', r.address),
  ];
}

/**
 * Mẫu số 01 "Báo cáo tiếp nhận thông tin trẻ em" (Nghị định 56/2017/NĐ-CP Điều 25; fields: domain.md §2.2 [S16]),
 * one per report of the case. Issued by the body that received the information.
 */
export function formM01(ctx: FormContext, report: ReportView): OfficialDocument {
  const c = report.content.child;
  const f = report.content.family;
  const harm = report.harmTypes.map((h) => ctx.harmTypeNames.get(h) ?? h).join(', ');
  const other = report.eventCommuneCode !== report.communeCode ? report.eventCommuneCode : null;
  const eventCommune = other ? `, ${communeNamed(ctx, other).name}` : '';
  const where = communeNamed(ctx, report.communeCode);
  const agency = report.receivingAgency;
  return {
    issuer: agency ? { name: agency.name } : communeIssuer(where),
    number: numberOf({ ...T, symbol: agency ? T.symbol : `${T.symbol}-UBND` }),
    place: where.shortName,
    date: vnDate(report.receivedAt),
    title: T.title,
    subtitle: T.subtitle,
    body: [
      { kind: 'heading', text: T.sections.general },
      { kind: 'heading', level: 2, text: T.sections.source },
      field('Thông qua', labelOf(CHANNEL_LABELS, report.channel)),
      field('Thời gian', vnDateTime(report.receivedAt)),
      field('Nơi tiếp nhận', agency?.name ?? `Ủy ban nhân dân ${inSentence(where.name)}`),
      field('Mã số vụ việc', ctx.detail.caseNumber),
      { kind: 'heading', level: 2, text: T.sections.child },
      field('Họ và tên trẻ em', c.fullName ?? ctx.detail.childLabel),
      c.birthDate
        ? field('Ngày tháng năm sinh', vnDay(c.birthDate))
        : field(
            'Ngày tháng năm sinh hoặc ước lượng tuổi',
            c.estimatedAge === null ? null : `${c.estimatedAge} tuổi`,
          ),
      field('Giới tính', labelOf(SEX_LABELS, c.sex)),
      field('Trẻ em thuộc trường hợp', harm),
      field('Môi trường xảy ra', labelOf(ENVIRONMENT_LABELS, report.environment)),
      field('Người gây tổn hại', labelOf(PERPETRATOR_LABELS, report.perpetratorRelation)),
      field('Địa điểm xảy ra vụ việc', `${report.content.eventPlace ?? COMMON_TEXTS.blank}${eventCommune}`),
      field('Nơi trẻ em đang ở', c.whereNow),
      field('Tình trạng hiện tại của trẻ em', c.condition),
      labelLine('Nội dung sự việc'),
      ...paragraphs(report.content.description),
      field(
        'Phỏng đoán hậu quả có thể xảy ra nếu không được hỗ trợ, can thiệp',
        report.content.predictedConsequences,
      ),
      field('Họ và tên cha', parent(f.fatherName, f.fatherAge, f.fatherJob)),
      field('Họ và tên mẹ', parent(f.motherName, f.motherAge, f.motherJob)),
      field('Hoàn cảnh gia đình', f.situation),
      field('Người đang chăm sóc trẻ em', f.caregiver),
      field('Những hành động hỗ trợ, can thiệp đã thực hiện trước khi báo tin', report.content.actionsTaken),
      field('Mức độ khẩn cấp', labelOf(URGENCY_LABELS, report.urgency)),
      { kind: 'heading', level: 2, text: T.sections.reporter },
      ...reporterBlocks(report),
      field(T.sections.notes, report.content.notes),
    ],
    signature: signatureOf(T, report.receivedBy?.name ?? null),
    recipients: COMMON_TEXTS.recipientsReport,
  };
}
