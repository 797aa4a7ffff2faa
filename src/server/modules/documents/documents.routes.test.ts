import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/test-app';
import { readPdf } from '../../pdf/pdf-text.test-helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => t?.close());

async function samplePdf(user: Parameters<TestContext['as']>[0]) {
  const res = await (await t.as(user)).get('/api/documents/sample.pdf');
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return readPdf(res.rawPayload);
}

/** pdftotext breaks lines where the layout does. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('GET /api/documents/sample.pdf', () => {
  it('issues the sample in the name of a commune officer’s commune, signed with their name', async () => {
    const { text, info } = await samplePdf('communeOfficerA');
    const t1 = flat(text);
    expect(t1).toContain('Ủy ban nhân dân phường Bắc Nha Trang');
    expect(t1).toContain('ỦY BAN NHÂN DÂN PHƯỜNG BẮC NHA TRANG');
    expect(t1).toMatch(/Bắc Nha Trang, ngày \d{2} tháng \d{1,2} năm \d{4}/);
    expect(t1).toContain('Test communeOfficerA');
    expect(info).toMatch(/\(A4\)/);
  });

  it('uses the province for a province user and the national body for a national user', async () => {
    const province = flat((await samplePdf('provinceOfficerA')).text);
    expect(province).toContain('Sở Y tế tỉnh Khánh Hoà');
    expect(province).toContain('UBND TỈNH KHÁNH HOÀ');
    const national = flat((await samplePdf('nationalOfficer')).text);
    expect(national).toContain('CỤC BÀ MẸ VÀ TRẺ EM');
    expect(national).toContain('BỘ Y TẾ');
  });

  it('needs a session', async () => {
    const res = await t.anonymous().get('/api/documents/sample.pdf');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/json/);
  });
});
