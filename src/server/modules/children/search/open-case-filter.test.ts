import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/test-app';
import { PLACES } from '../../../../test/fixtures';
import type { ChildSearchResult } from '../../../../shared/domain/ChildSearch';
import { caseClients, driveTo, openCase } from '../../cases/case.test-helpers';

/**
 * The register's "has an open case" filter (issue #3 gap, buildable since cases point at register children): the
 * search and the export answer only children with (or without) a case that is not closed, and only to users who
 * may read cases.
 */
let t: TestContext;
let officerA: TestClient;
const ids = { open: '', closed: '', none: '', otherCommune: '' };

async function addChild(fullName: string, commune: string = PLACES.communeA): Promise<string> {
  const id = crypto.randomUUID();
  await t.db
    .insertInto('children')
    .values({
      id,
      full_name: fullName,
      birth_date: '2017-05-01',
      sex: 'female',
      commune_code: commune,
      province_code: PLACES.provinceA,
    })
    .execute();
  return id;
}

async function names(client: TestClient, query: string): Promise<string[]> {
  const res = await client.get(`/api/children?q=${encodeURIComponent('hoang thi')}&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res
    .json<ChildSearchResult>()
    .items.map((i) => i.id)
    .sort();
}

beforeAll(async () => {
  t = await createTestContext();
  officerA = await t.as('communeOfficerA');
  ids.open = await addChild('Hoàng Thị Mở');
  ids.closed = await addChild('Hoàng Thị Đóng');
  ids.none = await addChild('Hoàng Thị Không');
  ids.otherCommune = await addChild('Hoàng Thị Khác', PLACES.communeB);
  await openCase(officerA, { childId: ids.open });
  const closed = await openCase(officerA, { childId: ids.closed });
  await driveTo(t, await caseClients(t), closed.caseId, 'closed');
  const officerB = await t.as('communeOfficerB');
  await openCase(officerB, { communeCode: PLACES.communeB, childId: ids.otherCommune });
});
afterAll(async () => t.close());

describe('has an open case', () => {
  it('keeps only the children whose case is not closed, inside the caller’s reach', async () => {
    expect(await names(officerA, 'hasOpenCase=true')).toEqual([ids.open]);
  });

  it('with false keeps the others: no case, or only closed ones', async () => {
    expect(await names(officerA, 'hasOpenCase=false')).toEqual([ids.closed, ids.none].sort());
  });

  it('is the whole list without the filter', async () => {
    expect(await names(officerA, '')).toEqual([ids.open, ids.closed, ids.none].sort());
  });

  it('reaches the province’s communes for a province officer', async () => {
    const province = await t.as('provinceOfficerA');
    expect(await names(province, 'hasOpenCase=true')).toEqual([ids.open, ids.otherCommune].sort());
  });

  it('is refused to users who may list children but not read cases, in search and export', async () => {
    for (const who of ['villageCollaboratorA', 'fundOfficerA', 'hotlineCounsellor'] as const) {
      const client = await t.as(who);
      const res = await client.get('/api/children?hasOpenCase=true');
      expect(res.statusCode, who).toBe(403);
      expect(res.json<{ error: { messageId: string } }>().error.messageId).toBe('child.openCaseForbidden');
      // Without the filter the same user still lists children: only the filter is case data.
      expect((await client.get('/api/children')).statusCode, who).toBe(200);
    }
  });

  it('filters the export the same way', async () => {
    const res = await officerA.get('/api/children/export.xlsx?hasOpenCase=true');
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(wb.worksheets[0]?.getSheetValues() ?? []);
    expect(text).toContain('Hoàng Thị Mở');
    expect(text).not.toContain('Hoàng Thị Đóng');
    expect(text).not.toContain('Hoàng Thị Không');
  });

  it('refuses a malformed value with the field', async () => {
    const res = await officerA.get('/api/children?hasOpenCase=maybe');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('hasOpenCase');
  });
});
