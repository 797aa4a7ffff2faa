import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/test-app';
import { actOk, caseClients, driveTo, openCase, STEP, type CaseClients } from '../cases/case.test-helpers';
import { pdfText } from './case-forms.test-helpers';

const REPORTER = 'Lê Văn Hưởng';
const CHILD = 'Trần Thị Bích';

let t: TestContext;
let c: CaseClients;
/** A case of commune A walked to closed, reported in person by a neighbour who gave a name. */
let walked: { caseId: string; caseNumber: string };
/** A case of commune A just received, from an anonymous report. */
let fresh: { caseId: string; caseNumber: string };

beforeAll(async () => {
  t = await createTestContext();
  c = await caseClients(t);
  walked = await openCase(c.officer, {
    reporter: { anonymous: false, consent: true, relation: 'neighbour', name: REPORTER, phone: '0905123456' },
  });
  await driveTo(t, c, walked.caseId, 'in_progress');
  const note = 'Đã thăm trẻ tại nhà bà ngoại, trẻ vui vẻ, ăn ngủ tốt.';
  await actOk(c.officer, walked.caseId, 'NOTE', {}, { note });
  await actOk(c.officer, walked.caseId, 'REVIEW', STEP.REVIEW().data, STEP.REVIEW().text);
  await actOk(c.chairman, walked.caseId, 'CLOSE', STEP.CLOSE().data, {});
  fresh = await openCase(c.officer);
});
afterAll(async () => t.close());

const formUrl = (caseId: string, form: string, query = '') => `/api/cases/${caseId}/forms/${form}${query}`;

/** Each form of the walked case, with the case's own text it must carry (helpers' STEP texts). */
const EXPECTED: Record<string, string[]> = {
  M01: [
    'BÁO CÁO',
    'Tiếp nhận thông tin trẻ em',
    CHILD,
    'Hàng xóm nghe thấy trẻ bị đánh nhiều lần vào buổi tối.',
    REPORTER,
  ],
  M02: [
    'BÁO CÁO',
    'Đánh giá nguy cơ ban đầu',
    CHILD,
    'Trẻ bị cha đánh bằng roi.',
    'Đã đến nhà, xác nhận trẻ có vết bầm tím ở tay.',
  ],
  M03: [
    'BÁO CÁO',
    CHILD,
    'Cuộc họp thống nhất các biện pháp hỗ trợ, can thiệp.',
    'Chủ tịch UBND xã, công an xã, trạm y tế, bà ngoại.',
  ],
  M04: [
    'KẾ HOẠCH',
    CHILD,
    'Trẻ được an toàn và phục hồi.',
    'Nhiệm vụ số 1',
    'Nhiệm vụ số 2',
    'Công an phường Bắc Nha Trang',
  ],
  M05: [
    'QUYẾT ĐỊNH',
    'Số: 15/QĐ-UBND',
    'Điều 1. Phê duyệt kế hoạch',
    CHILD,
    'Nhiệm vụ số 1',
    'Test communeChairmanA',
  ],
  M06: ['BÁO CÁO', 'Rà soát, đánh giá tình trạng', 'Trẻ ổn định, đi học bình thường.', 'Cao Trung bình Thấp'],
  M07: [
    'QUYẾT ĐỊNH',
    'Số: 12/QĐ-UBND',
    'tạm thời cách ly trẻ em',
    'Người chăm sóc là người gây hại.',
    'Nhà bà ngoại',
  ],
};

describe('GET /api/cases/:id/forms/:form', () => {
  it.each(Object.entries(EXPECTED))(
    '%s carries the case’s own text, its title and the commune',
    async (form, texts) => {
      const res = await c.officer.get(formUrl(walked.caseId, form));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['cache-control']).toBe('no-store');
      const number = form.slice(1);
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="${walked.caseNumber}-mau-${number}.pdf"`,
      );
      const text = await pdfText(res.rawPayload);
      expect(text).toContain('ỦY BAN NHÂN DÂN PHƯỜNG BẮC NHA TRANG');
      for (const s of texts) expect(text).toContain(s);
    },
  );

  it('keeps the reporter’s identity out of Mẫu 01 of an anonymous report', async () => {
    const res = await c.officer.get(formUrl(fresh.caseId, 'M01'));
    expect(res.statusCode).toBe(200);
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Thông tin người báo tin được giữ bí mật');
    expect(text).toContain(CHILD);
    expect(text).not.toContain(REPORTER);
  });

  it('answers 404 with a clear message before the step that produces the form', async () => {
    for (const form of ['M02', 'M03', 'M04', 'M05', 'M06', 'M07']) {
      const res = await c.officer.get(formUrl(fresh.caseId, form));
      expect(res.statusCode, form).toBe(404);
      expect(res.json().error.messageId).toBe('case.formNotYet');
    }
    const second = await c.officer.get(formUrl(walked.caseId, 'M01', '?index=2'));
    expect(second.statusCode).toBe(404);
  });

  it('prints the n-th occurrence with ?index and names the file after it', async () => {
    const res = await c.officer.get(formUrl(walked.caseId, 'M04', '?index=1'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`${walked.caseNumber}-mau-04-1.pdf`);
  });

  it('refuses malformed input with 400 and the field', async () => {
    for (const [url, field] of [
      [formUrl(walked.caseId, 'M08'), 'form'],
      [formUrl(walked.caseId, 'M01', '?index=0'), 'index'],
      [formUrl(walked.caseId, 'M01', '?index=x'), 'index'],
      [formUrl('not-a-uuid', 'M01'), 'id'],
    ] as const) {
      const res = await c.officer.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(JSON.stringify(res.json().error.fields)).toContain(field);
    }
  });
});

describe('who may print', () => {
  it('the chairman of the commune and the province officer may; another commune’s officer gets 404', async () => {
    expect((await c.chairman.get(formUrl(walked.caseId, 'M05'))).statusCode).toBe(200);
    const province = await t.as('provinceOfficerA');
    expect((await province.get(`/api/cases/${walked.caseId}/file.pdf`)).statusCode).toBe(200);
    const other = await t.as('communeOfficerB');
    expect((await other.get(formUrl(walked.caseId, 'M01'))).statusCode).toBe(404);
    expect((await other.get(`/api/cases/${walked.caseId}/file.pdf`)).statusCode).toBe(404);
    const otherProvince = await t.as('provinceOfficerB');
    expect((await otherProvince.get(formUrl(walked.caseId, 'M01'))).statusCode).toBe(404);
  });

  it('partner agencies, the hotline and collaborators may not (403); no session is 401', async () => {
    for (const who of ['partnerPoliceA', 'hotlineCounsellor', 'villageCollaboratorA'] as const) {
      const client = await t.as(who);
      expect((await client.get(formUrl(walked.caseId, 'M04'))).statusCode, who).toBe(403);
      expect((await client.get(`/api/cases/${walked.caseId}/file.pdf`)).statusCode, who).toBe(403);
    }
    expect((await t.anonymous().get(formUrl(walked.caseId, 'M01'))).statusCode).toBe(401);
  });

  it('audits every download as case.print with the form', async () => {
    const before = await printRows();
    await c.officer.get(formUrl(walked.caseId, 'M02'));
    await c.officer.get(formUrl(walked.caseId, 'M02'));
    await c.officer.get(`/api/cases/${walked.caseId}/file.pdf`);
    const rows = (await printRows()).slice(before.length);
    expect(rows.map((r) => r.purpose)).toEqual(['M02', 'M02', 'case_file']);
    expect(rows[0]).toMatchObject({ unit_code: '22333', counts: { index: 1 } });
    expect(rows[0]?.target_ids).toEqual([walked.caseId]);
  });
});

describe('GET /api/cases/:id/file.pdf', () => {
  it('holds the cover, every form of the case with its text, and the timeline with the notes', async () => {
    const res = await c.officer.get(`/api/cases/${walked.caseId}/file.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${walked.caseNumber}-ho-so.pdf"`);
    expect(res.headers['cache-control']).toBe('no-store');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('HỒ SƠ VỤ VIỆC');
    expect(text).toContain(`Số hồ sơ: ${walked.caseNumber}`);
    for (const texts of Object.values(EXPECTED)) for (const s of texts) expect(text).toContain(s);
    expect(text).toContain('NHẬT KÝ XỬ LÝ VỤ VIỆC');
    expect(text).toContain('Đã thăm trẻ tại nhà bà ngoại, trẻ vui vẻ, ăn ngủ tốt.');
  });
});

async function printRows() {
  return t.db
    .selectFrom('audit_log')
    .select(['purpose', 'unit_code', 'counts', 'target_ids'])
    .where('operation', '=', 'case.print')
    .orderBy('id')
    .execute();
}
