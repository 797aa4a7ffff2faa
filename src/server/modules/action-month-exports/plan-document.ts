import type { AmActivity, AmPlanDetail, AmTheme } from '../../../shared/domain/ActionMonth';
import {
  ACTIVITY_TYPE_LABELS,
  dateRange,
  formatNumber,
  formatVnd,
  paragraphsOf,
  vnDay,
} from './am-export-labels';
import type { CellLine, ExportBlock, ExportDocument, GridBlock } from './export-document';
import { blankNumber, isCommittee, issuerOf, signatureOf, type ExportUnit } from './export-unit';
import { LEGAL_BASIS, draftNotice, lowerFirst, textBlocks } from './document-parts';

/** What a plan export needs besides the plan: its year's theme, its unit, and today for an undated draft. */
export type PlanExportContext = { theme: AmTheme | null; unit: ExportUnit; today: string };

/** Who carries out an activity, as printed: the agency and/or the commune, or every commune of the province. */
export function assigneeOf(a: AmActivity): string {
  return [
    a.assigneeAgencyName,
    a.assigneeCommuneName,
    a.assignAllCommunes ? 'Ủy ban nhân dân các xã, phường' : null,
  ]
    .filter((s): s is string => !!s)
    .join('; ');
}

function activityCell(a: AmActivity): CellLine[] {
  return [
    { text: ACTIVITY_TYPE_LABELS[a.type], bold: true },
    { text: a.title },
    ...paragraphsOf(a.description).map((text) => ({ text, italics: true })),
    ...(a.targets ? [{ text: `Chỉ tiêu: ${a.targets}` }] : []),
  ];
}

export function budgetTotals(plan: AmPlanDetail): { state: number; mobilised: number } {
  return plan.activities.reduce(
    (t, a) => ({ state: t.state + a.budgetState, mobilised: t.mobilised + a.budgetMobilised }),
    { state: 0, mobilised: 0 },
  );
}

/** The activities table of section II: content, assignee, dates, budget (state / mobilised) and the totals. */
export function activityGrid(plan: AmPlanDetail): GridBlock {
  const totals = budgetTotals(plan);
  return {
    kind: 'grid',
    columns: [
      { header: 'TT', width: 22, align: 'center' },
      { header: 'Nội dung hoạt động', width: '*' },
      { header: 'Đơn vị thực hiện', width: 78 },
      { header: 'Thời gian', width: 58, align: 'center' },
      { header: 'Ngân sách (đồng)', width: 66, align: 'right' },
      { header: 'Xã hội hóa (đồng)', width: 66, align: 'right' },
    ],
    rows: [
      ...plan.activities.map((a, i) => ({
        cells: [
          String(i + 1),
          activityCell(a),
          assigneeOf(a),
          dateRange(a.startDate, a.endDate),
          formatNumber(a.budgetState),
          formatNumber(a.budgetMobilised),
        ],
      })),
      {
        bold: true,
        cells: ['', 'Tổng cộng', '', '', formatNumber(totals.state), formatNumber(totals.mobilised)],
      },
    ],
  };
}

function purposeSection(plan: AmPlanDetail): ExportBlock[] {
  return [
    { kind: 'heading', text: 'I. MỤC ĐÍCH, YÊU CẦU' },
    { kind: 'heading', level: 2, text: '1. Mục đích' },
    ...textBlocks(plan.purpose, '(Chưa nêu mục đích.)'),
    { kind: 'heading', level: 2, text: '2. Yêu cầu' },
    ...textBlocks(plan.requirements, '(Chưa nêu yêu cầu.)'),
  ];
}

function contentSection(plan: AmPlanDetail, theme: AmTheme | null): ExportBlock[] {
  const totals = budgetTotals(plan);
  const slogans = theme?.slogans ?? [];
  let n = 0;
  const h = (text: string): ExportBlock => ({ kind: 'heading', level: 2, text: `${++n}. ${text}` });
  return [
    { kind: 'heading', text: 'II. NỘI DUNG HOẠT ĐỘNG' },
    h('Chủ đề, thời gian'),
    {
      kind: 'paragraph',
      text: [
        { text: `Chủ đề Tháng hành động vì trẻ em năm ${plan.year}: ` },
        { text: theme ? `“${theme.theme}”.` : '(chưa công bố).', bold: true },
      ],
    },
    {
      kind: 'paragraph',
      text: `Thời gian thực hiện: từ ngày ${vnDay(plan.periodStart)} đến ngày ${vnDay(plan.periodEnd)}.`,
    },
    ...(slogans.length > 0
      ? [h('Thông điệp truyền thông'), { kind: 'list' as const, items: slogans.map((s) => `${s};`) }]
      : []),
    h('Các hoạt động'),
    ...(plan.activities.length > 0
      ? [activityGrid(plan)]
      : [{ kind: 'paragraph' as const, text: '(Chưa có hoạt động.)' }]),
    h('Kinh phí'),
    {
      kind: 'paragraph',
      text: `Tổng kinh phí dự kiến: ${formatVnd(totals.state + totals.mobilised)}, trong đó ngân sách nhà nước ${formatVnd(totals.state)}, vận động xã hội hóa ${formatVnd(totals.mobilised)}.`,
    },
  ];
}

/** Section III: what each assignee carries out (by activity number), and when results are due. */
function organisationSection(plan: AmPlanDetail, theme: AmTheme | null): ExportBlock[] {
  const byAssignee = new Map<string, number[]>();
  plan.activities.forEach((a, i) => {
    const who = assigneeOf(a) || plan.issuingBody;
    byAssignee.set(who, [...(byAssignee.get(who) ?? []), i + 1]);
  });
  // Communes and agencies report to the province, provinces to the ministry (am_themes deadlines).
  const dueDate =
    plan.level === 'province'
      ? theme?.communeReportDue
      : plan.level === 'national'
        ? theme?.provinceReportDue
        : undefined;
  const due = dueDate ? ` trước ngày ${vnDay(dueDate)}` : '';
  return [
    { kind: 'heading', text: 'III. TỔ CHỨC THỰC HIỆN' },
    ...(byAssignee.size > 0
      ? [
          {
            kind: 'list' as const,
            items: [...byAssignee].map(
              ([who, numbers]) => `${who}: chủ trì thực hiện hoạt động số ${numbers.join(', ')} tại mục II;`,
            ),
          },
        ]
      : []),
    {
      kind: 'paragraph',
      text: `Các cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả thực hiện về ${plan.issuingBody}${due}. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời phản ánh để được hướng dẫn, giải quyết.`,
    },
  ];
}

function introduction(plan: AmPlanDetail, theme: AmTheme | null): ExportBlock[] {
  const bases = [
    ...LEGAL_BASIS,
    ...(theme?.guidingDocument ? [`Căn cứ ${theme.guidingDocument};`] : []),
    ...(plan.parentDocumentNumber || plan.parentPlanTitle
      ? [
          `Thực hiện Kế hoạch${plan.parentDocumentNumber ? ` số ${plan.parentDocumentNumber}` : ''}${plan.parentPlanTitle ? ` về ${lowerFirst(plan.parentPlanTitle)}` : ''};`,
        ]
      : []),
  ];
  return [
    ...bases.map((text) => ({ kind: 'paragraph' as const, text })),
    {
      kind: 'paragraph',
      text: `${plan.issuingBody} ban hành Kế hoạch ${lowerFirst(plan.title)} như sau:`,
    },
  ];
}

/** The plan as an official document (Kế hoạch), the content of its PDF and DOCX. */
export function planDocument(plan: AmPlanDetail, ctx: PlanExportContext): ExportDocument {
  const committee = isCommittee(plan.issuingBody);
  return {
    issuer: issuerOf(plan.issuingBody),
    number: plan.documentNumber ?? blankNumber(committee ? 'KH-UBND' : 'KH'),
    place: ctx.unit.place,
    date: plan.documentDate ?? ctx.today,
    title: 'Kế hoạch',
    subtitle: plan.title,
    body: [
      ...(plan.status === 'draft' ? [draftNotice()] : []),
      ...introduction(plan, ctx.theme),
      ...purposeSection(plan),
      ...contentSection(plan, ctx.theme),
      ...organisationSection(plan, ctx.theme),
    ],
    signature: { ...signatureOf(plan.signerTitle, committee), signerName: plan.signerName ?? '' },
    recipients: [
      ...(plan.activities.length > 0 ? ['Như mục III;'] : []),
      ...(ctx.unit.superior ? [`${ctx.unit.superior} (để báo cáo);`] : []),
      'Lưu: VT.',
    ],
  };
}
