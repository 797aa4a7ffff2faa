import { describe, expect, it } from 'vitest';
import { readPdf } from '../../pdf/pdf-text.test-helpers';
import { ACTION_RULES, FORM_CODES, type FormCode } from '../../../shared/workflow/case-workflow';
import { renderCaseFile, renderForm } from './case-file';
import { FORM_SOURCE, allFormOccurrences, pickOccurrence } from './form-catalogue';
import { FORM_TEXTS } from './form-texts';
import { TEXTS, contextFor, pdfText, replannedCase, walkedCase } from './case-forms.test-helpers';

async function formText(form: FormCode, index?: number): Promise<string> {
  const detail = walkedCase();
  const occurrence = pickOccurrence(detail, form, index);
  if (!occurrence) throw new Error(`no ${form}`);
  return pdfText(await renderForm(contextFor(detail), occurrence));
}

const ISSUER = 'ỦY BAN NHÂN DÂN PHƯỜNG BẮC NHA TRANG';

describe('the forms Mẫu 01–07 (renderers over a case built in memory)', () => {
  it('Mẫu 01 prints the report and the reporter only when the reporter gave an identity', async () => {
    const first = await formText('M01');
    for (const s of [
      ISSUER,
      'BÁO CÁO',
      'Tiếp nhận thông tin trẻ em',
      TEXTS.child,
      TEXTS.description,
      TEXTS.reporter,
    ])
      expect(first).toContain(s);
    expect(first).toContain('Bắc Nha Trang, ngày 02 tháng 11 năm 2026');
    expect(first).toContain('08 giờ 05'); // 01:05Z is 08:05 in Vietnam
    expect(first).toContain('Bạo lực thể chất');
    expect(first).not.toContain('giữ bí mật');
    const anonymous = await formText('M01', 2);
    expect(anonymous).toContain('Thông tin người báo tin được giữ bí mật');
    expect(anonymous).not.toContain(TEXTS.reporter);
    expect(anonymous).not.toContain('0905123456');
  });

  it('Mẫu 02 prints the initial assessment with the verification before it', async () => {
    const t = await formText('M02');
    for (const s of [
      ISSUER,
      'BÁO CÁO',
      'Đánh giá nguy cơ ban đầu',
      TEXTS.child,
      TEXTS.harm,
      TEXTS.findings,
      'Nghiêm trọng',
    ])
      expect(t).toContain(s);
    expect(t).toContain('Áp dụng biện pháp bảo vệ khẩn cấp');
    expect(t).toContain('Phạm Thu Hằng');
  });

  it('Mẫu 03 prints the specific assessment and the meeting minutes', async () => {
    const t = await formText('M03');
    for (const s of [ISSUER, 'BÁO CÁO', TEXTS.minutes, 'Nguy cơ bạo lực lặp lại.', 'Số người tham dự: 6'])
      expect(t).toContain(s);
    expect(t).toContain('08 giờ 00, ngày 04/11/2026');
  });

  it('Mẫu 04 prints the goals and the task table; the latest draft by default, any draft by index', async () => {
    const t = await formText('M04');
    for (const s of [
      ISSUER,
      'KẾ HOẠCH',
      TEXTS.goals,
      TEXTS.task1,
      TEXTS.task2,
      'Công an phường Bắc Nha Trang',
    ])
      expect(t).toContain(s);
    expect(t).toContain('Ngăn chặn hành vi xâm hại');
    expect(t).toContain('31/12/2026');
    expect(t).toContain('ngày 06 tháng 11 năm 2026');
    expect(await formText('M04', 1)).toContain('ngày 05 tháng 11 năm 2026');
  });

  it('Mẫu 05 is the chairman’s decision approving the plan, with its number and the plan', async () => {
    const t = await formText('M05');
    for (const s of [
      ISSUER,
      'QUYẾT ĐỊNH',
      `Số: ${TEXTS.approval}`,
      'Điều 1. Phê duyệt kế hoạch',
      TEXTS.task1,
      TEXTS.goals,
    ])
      expect(t).toContain(s);
    expect(t).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG BẮC NHA TRANG');
    expect(t).toContain('Bắc Nha Trang, ngày 09 tháng 11 năm 2026');
    expect(t).toContain('Võ Minh Đức');
    expect(t).toContain('Luật Trẻ em');
  });

  it('Mẫu 06 rates the three factors Cao / Trung bình / Thấp with the totals, and the tasks as they were', async () => {
    const t = await formText('M06');
    for (const s of [
      ISSUER,
      'BÁO CÁO',
      'Rà soát, đánh giá tình trạng',
      TEXTS.reviewCondition,
      'Cao Trung bình Thấp',
    ])
      expect(t).toContain(s);
    expect(t).toMatch(/Tổng số 0 1 2/);
    expect(t).toContain('Hoàn thành');
    expect(t).toContain('Đề nghị kết thúc');
  });

  it('Mẫu 07 is the decision on temporary separation', async () => {
    const t = await formText('M07');
    for (const s of [
      ISSUER,
      'QUYẾT ĐỊNH',
      `Số: ${TEXTS.separation}`,
      'tạm thời cách ly trẻ em',
      TEXTS.separationReason,
    ])
      expect(t).toContain(s);
    expect(t).toContain('Nhà bà ngoại');
    expect(t).toContain('Phối hợp với cơ sở y tế sơ cứu');
  });

  it('emergency measures without a separation print under their own subject', async () => {
    const detail = walkedCase();
    const emergency = detail.actions.find((a) => a.type === 'EMERGENCY_PROTECT');
    if (!emergency) throw new Error('no emergency');
    emergency.data = { ...emergency.data, separation: false, measures: ['first_aid'], decisionNumber: null };
    const occurrence = pickOccurrence(detail, 'M07');
    if (!occurrence) throw new Error('no M07');
    const t = await pdfText(await renderForm(contextFor(detail), occurrence));
    expect(t).toContain('Về việc áp dụng biện pháp can thiệp khẩn cấp');
    expect(t).not.toContain('Tạm thời cách ly trẻ em Nguyễn');
    expect(t).toContain('Số: …/QĐ-UBND');
  });
});

describe('a transferred case', () => {
  it('keeps each form under the commune that issued it', async () => {
    const d = walkedCase();
    const at = d.actions.findIndex((a) => a.type === 'LINK_REPORT');
    const before = d.actions[at];
    if (!before) throw new Error('no LINK_REPORT');
    const transfer = {
      ...before,
      id: '00000000-0000-4000-8000-000000000999',
      type: 'TRANSFER',
      actorKind: 'officer',
      data: { toCommuneCode: '22366' },
      text: { reason: 'Trẻ chuyển đến ở với bà ngoại.' },
    };
    d.actions.splice(at, 0, transfer);
    d.actions.forEach((a, n) => (a.seq = n));
    const moved = { ...d, communeCode: '22366', communeName: 'Phường Nha Trang', transferredFrom: ['22333'] };
    const ctx = {
      ...contextFor(moved),
      commune: { name: 'Phường Nha Trang', shortName: 'Nha Trang' },
      communes: new Map([['22333', { name: 'Phường Bắc Nha Trang', shortName: 'Bắc Nha Trang' }]]),
    };
    const print = async (form: FormCode) => {
      const o = pickOccurrence(moved, form);
      if (!o) throw new Error(`no ${form}`);
      return pdfText(await renderForm(ctx, o));
    };
    expect(await print('M02')).toContain('ỦY BAN NHÂN DÂN PHƯỜNG BẮC NHA TRANG');
    expect(await print('M07')).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG BẮC NHA TRANG');
    const m03 = await print('M03');
    expect(m03).toContain('ỦY BAN NHÂN DÂN PHƯỜNG NHA TRANG');
    expect(m03).toContain('Nha Trang, ngày 04 tháng 11 năm 2026');
    const file = await pdfText(await renderCaseFile(ctx, '2026-12-03'));
    expect(file).toContain('Chuyển đến từ Phường Bắc Nha Trang');
    expect(file).toContain('Chuyển đến: Phường Nha Trang');
  });
});

describe('which forms a case has', () => {
  it('names the step each form prints as the workflow table does', () => {
    for (const [form, type] of Object.entries(FORM_SOURCE))
      expect(ACTION_RULES[type as keyof typeof ACTION_RULES]).toMatchObject({ form });
    expect(Object.keys(FORM_TEXTS).sort()).toEqual([...FORM_CODES]);
  });

  it('picks the first report and the latest step by default, and nothing past the last or before the step', () => {
    const detail = walkedCase();
    expect(pickOccurrence(detail, 'M01')?.index).toBe(1);
    expect(pickOccurrence(detail, 'M04')?.index).toBe(2);
    expect(pickOccurrence(detail, 'M04', 3)).toBeUndefined();
    const early = { ...detail, actions: detail.actions.slice(0, 2) };
    expect(pickOccurrence(early, 'M02')).toBeUndefined();
    expect(pickOccurrence(early, 'M01')).toBeDefined();
  });

  it('orders the case file: every Mẫu 01, then the forms as the procedure produced them', () => {
    expect(allFormOccurrences(walkedCase()).map((f) => f.form)).toEqual([
      'M01',
      'M01',
      'M02',
      'M07',
      'M03',
      'M04',
      'M04',
      'M05',
      'M06',
    ]);
  });
});

describe('a re-planned case', () => {
  it('has a Mẫu 03, 04, 05 and 06 for each plan, the latest by default and each by index', async () => {
    const detail = replannedCase();
    expect(allFormOccurrences(detail).map((f) => f.form)).toEqual([
      ...['M01', 'M01', 'M02', 'M07', 'M03', 'M04', 'M04', 'M05', 'M06'],
      ...['M03', 'M04', 'M05', 'M06'],
    ]);
    const print = async (form: FormCode, index?: number) => {
      const o = pickOccurrence(detail, form, index);
      if (!o) throw new Error(`no ${form}`);
      return pdfText(await renderForm(contextFor(detail), o));
    };
    const latest = await print('M05');
    expect(latest).toContain(`Số: ${TEXTS.approval2}`);
    expect(latest).toContain(TEXTS.task3);
    expect(latest).not.toContain(TEXTS.task1);
    const first = await print('M05', 1);
    expect(first).toContain(`Số: ${TEXTS.approval}`);
    expect(first).toContain(TEXTS.task1);
    expect(await print('M03')).toContain(TEXTS.minutes2);
    expect(await print('M03', 1)).toContain(TEXTS.minutes);
    const file = await pdfText(await renderCaseFile(contextFor(detail), '2027-01-16'));
    for (const s of [
      TEXTS.approval,
      TEXTS.approval2,
      TEXTS.minutes,
      TEXTS.minutes2,
      TEXTS.task1,
      TEXTS.task3,
    ])
      expect(file).toContain(s);
  });
});

describe('the whole case file', () => {
  it('has the cover, every form with its own text, and the timeline with the notes', async () => {
    const pdf = await renderCaseFile(contextFor(walkedCase()), '2026-12-03');
    const { info } = await readPdf(pdf);
    const t = await pdfText(pdf);
    expect(t).toContain('HỒ SƠ VỤ VIỆC');
    expect(t).toContain('Số hồ sơ: 22333-2026-00017');
    expect(t).toContain('Bảo vệ khẩn cấp trong 12 giờ');
    expect(t).toContain('Đúng hạn');
    for (const s of [
      TEXTS.child,
      TEXTS.description,
      TEXTS.findings,
      TEXTS.harm,
      TEXTS.minutes,
      TEXTS.goals,
      TEXTS.task1,
      TEXTS.approval,
      TEXTS.separation,
      TEXTS.reviewCondition,
      'NHẬT KÝ XỬ LÝ VỤ VIỆC',
      TEXTS.note,
      'Đã làm việc với gia đình.',
    ])
      expect(t).toContain(s);
    for (const title of ['KẾ HOẠCH', 'QUYẾT ĐỊNH', 'BÁO CÁO']) expect(t).toContain(title);
    expect(t).toContain('Phường Bắc Nha Trang');
    // Cover + 9 forms + the timeline, each from a new page.
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(11);
    expect(info).toMatch(/Title:\s+HỒ SƠ VỤ VIỆC 22333-2026-00017/);
  });

  it('prints a text longer than a page whole, in its form and in the timeline', async () => {
    const detail = walkedCase();
    const meeting = detail.actions.find((a) => a.type === 'ASSESS_NEEDS');
    if (!meeting) throw new Error('no ASSESS_NEEDS');
    const sentences = Array.from(
      { length: 110 },
      (_, i) => `Ý kiến thứ ${i + 1} của người tham dự cuộc họp.`,
    );
    meeting.text = { ...meeting.text, minutes: sentences.join(' ') };
    const t = await pdfText(await renderCaseFile(contextFor(detail), '2026-12-03'));
    expect(t.split('Ý kiến thứ 110 của người tham dự cuộc họp.').length - 1).toBe(2);
  });
});
