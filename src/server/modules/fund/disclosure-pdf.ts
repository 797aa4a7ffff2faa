import { renderOfficialDocument, type BodyBlock, type OfficialDocument } from '../../pdf/official-document';
import { vietnamDate } from '../../pdf/vn-date';
import type { Disclosure, FundPurpose } from '../../../shared/domain/Fund';

/** Names of the purposes as the public report writes them. */
const PURPOSE_VI: Record<FundPurpose, string> = {
  general: 'Chung (không hạn định mục đích)',
  scholarship: 'Học bổng',
  gifts: 'Quà tặng',
  surgery: 'Phẫu thuật',
  health: 'Chăm sóc sức khoẻ',
  clean_water: 'Nước sạch',
  school_facility: 'Trường học, công trình',
  orphan_support: 'Hỗ trợ trẻ em mồ côi',
  disaster_relief: 'Cứu trợ thiên tai',
  nutrition: 'Dinh dưỡng',
};

/** 1234567 → "1.234.567 đồng" (Vietnamese groups thousands with dots). */
export function dong(n: number): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}
const dmy = (iso: string) => iso.split('-').reverse().join('/');
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

export type DisclosurePdfInput = {
  disclosure: Disclosure;
  province: { name: string; short_name: string } | null;
  ordinal: number;
};

/**
 * The published disclosure as an official report (Nghị định 30/2020/NĐ-CP layout, src/server/pdf). It is built
 * from the frozen snapshot only, so it carries exactly what the public page shows: no child's identity.
 */
export function disclosureDocument({ disclosure, province, ordinal }: DisclosurePdfInput): OfficialDocument {
  const s = disclosure.snapshot;
  const scope = s.campaignName ? `chiến dịch “${s.campaignName}”` : 'Quỹ';
  const body: BodyBlock[] = [
    {
      kind: 'paragraph',
      text:
        `Thực hiện nguyên tắc công khai các khoản thu, chi của Quỹ Bảo trợ trẻ em (Quyết định số 135/2003/QĐ-TTg; ` +
        `Thông tư số 87/2008/TT-BTC), ${s.fundName} công khai kết quả thu, chi của ${scope} ` +
        `từ ngày ${dmy(s.periodStart)} đến ngày ${dmy(s.periodEnd)} như sau:`,
    },
    { kind: 'heading', text: 'I. CÁC KHOẢN THU' },
    {
      kind: 'paragraph',
      text: `Tổng thu: ${dong(s.income.total)} (tiền mặt ${dong(s.income.cash)}; hiện vật quy đổi ${dong(s.income.inKind)}).`,
    },
    {
      kind: 'table',
      header: ['Nhà tài trợ', 'Số tiền'],
      widths: ['*', 150],
      rows: [
        ...s.income.donors.map((d) => [d.name, dong(d.amount)]),
        ...(s.income.anonymousCount > 0
          ? [[`Nhà hảo tâm (${s.income.anonymousCount} nhà tài trợ)`, dong(s.income.anonymousTotal)]]
          : []),
        ['Tổng cộng', dong(s.income.total)],
      ],
    },
    { kind: 'heading', text: 'II. CÁC KHOẢN CHI' },
    {
      kind: 'table',
      header: ['Mục đích', 'Số tiền', 'Số trẻ em được hỗ trợ'],
      widths: ['*', 130, 100],
      rows: [
        ...s.expenditure.byPurpose.map((p) => [
          PURPOSE_VI[p.purpose],
          dong(p.amount),
          childrenCell(p.childrenSupported),
        ]),
        ['Tổng cộng', dong(s.expenditure.total), ''],
      ],
    },
    ...projectsBlock(disclosure),
    { kind: 'heading', text: 'III. SỐ DƯ' },
    {
      kind: 'paragraph',
      text: `Số dư đến ngày ${dmy(s.periodEnd)}: ${dong(s.balance)}.`,
    },
    {
      kind: 'paragraph',
      text:
        'Số trẻ em dưới 5 không được nêu cụ thể và không công bố thông tin cá nhân của trẻ em được hỗ trợ, để bảo ' +
        'vệ bí mật đời sống riêng tư của trẻ em (Luật Trẻ em, Điều 21).',
    },
  ];
  return {
    issuer: {
      ...(province ? { parent: `UBND ${lowerFirst(province.name)}` } : {}),
      name: s.fundName,
    },
    number: `${ordinal}/BC-QBTTE`,
    place: province ? province.short_name : 'Hà Nội',
    date: vietnamDate(new Date(disclosure.publishedAt)),
    title: 'Báo cáo',
    subtitle: disclosure.title,
    body,
    signature: { position: 'Giám đốc Quỹ', signerName: '' },
    recipients: ['Đăng công khai trên Cổng thông tin;', 'Các nhà tài trợ;', 'Lưu: VT.'],
  };
}

/** Withheld small counts read "Dưới 5"; a purpose paid to projects only has no children to count. */
function childrenCell(n: number | null): string {
  if (n === null) return 'Dưới 5';
  return n === 0 ? '–' : String(n);
}

function projectsBlock(d: Disclosure): BodyBlock[] {
  const projects = d.snapshot.expenditure.byPurpose.flatMap((p) =>
    p.projects.map((x) => `${x.name} (${PURPOSE_VI[p.purpose].toLocaleLowerCase('vi')}): ${dong(x.amount)}`),
  );
  if (projects.length === 0) return [];
  return [
    { kind: 'paragraph', text: 'Trong đó, chi cho các dự án, công trình:', indent: true },
    { kind: 'list', items: projects, marker: 'dash' },
  ];
}

export function renderDisclosurePdf(input: DisclosurePdfInput): Promise<Buffer> {
  return renderOfficialDocument(disclosureDocument(input));
}
