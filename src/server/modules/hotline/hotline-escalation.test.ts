import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import type { HotlineTransferList } from '../../../shared/domain/Hotline';
import { runDeadlineSweep } from '../../jobs/deadline-sweeper';
import { actOk } from '../cases/case.test-helpers';
import { logAndTransfer } from './hotline.test-helpers';

/** Journey J2 on the server: a transfer the commune does not acknowledge in time is escalated to the province. */
const ACK_HOURS = 1;
let t: TestContext;
let counsellor: TestClient;
beforeAll(async () => {
  t = await createTestContext({ env: { TREEM_ACK_HOURS: String(ACK_HOURS) } });
  counsellor = await t.as('hotlineCounsellor');
});
afterAll(async () => t.close());

const sweepAt = (at: Date) => runDeadlineSweep({ db: t.db, config: t.config, now: () => at });

async function transfers(filter = 'all'): Promise<HotlineTransferList> {
  const res = await counsellor.get(`/api/hotline/transfers?filter=${filter}&limit=200`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('J2: a transfer not acknowledged in time', () => {
  it('is escalated once by the sweeper, the province is told, and the counsellor sees it', async () => {
    const { contact, transferred } = await logAndTransfer(counsellor);
    const dueAt = transferred.transfer.acknowledgeDueAt;
    expect(dueAt).toBe(new Date(Date.parse(contact.startedAt) + ACK_HOURS * 3600_000).toISOString());
    const caseRow = () =>
      t.db
        .selectFrom('cases')
        .selectAll()
        .where('case_number', '=', transferred.transfer.caseNumber)
        .executeTakeFirstOrThrow();

    // Before the deadline nothing happens.
    expect((await sweepAt(new Date(Date.parse(contact.startedAt) + 30 * 60_000))).flagged).toBe(0);
    expect((await caseRow()).escalated).toBe(false);

    const late = new Date(Date.parse(contact.startedAt) + (ACK_HOURS + 1) * 3600_000);
    t.setNow(late);
    const first = await sweepAt(late);
    expect(first.flagged).toBeGreaterThanOrEqual(1);
    const c = await caseRow();
    expect(c.escalated).toBe(true);
    const flags = await t.db
      .selectFrom('case_actions')
      .select(['data'])
      .where('case_id', '=', c.id)
      .where('type', '=', 'FLAG_OVERDUE')
      .execute();
    expect(flags.map((f) => f.data.clock)).toEqual(['acknowledge']);

    // Run twice, flagged once.
    expect((await sweepAt(late)).flagged).toBe(0);
    const notified = await t.db
      .selectFrom('notifications')
      .select(['kind'])
      .where('case_id', '=', c.id)
      .where('user_id', '=', t.users.provinceOfficerA.id)
      .execute();
    expect(notified).toEqual([{ kind: 'case.overdue' }]);
    const otherProvince = await t.db
      .selectFrom('notifications')
      .select('id')
      .where('case_id', '=', c.id)
      .where('user_id', '=', t.users.provinceOfficerB.id)
      .execute();
    expect(otherProvince).toEqual([]);

    const listed = (await transfers()).items.find((i) => i.id === contact.id);
    expect(listed?.transfer).toMatchObject({
      progress: 'received',
      escalated: true,
      acknowledgeDueAt: dueAt,
    });
    expect((await transfers('escalated')).items.map((i) => i.id)).toEqual([contact.id]);

    // The commune acknowledges late: the acknowledgement clock stops and the escalation is over.
    const officer = await t.as('communeOfficerA');
    await actOk(officer, c.id, 'ACKNOWLEDGE', {}, { note: 'Đã nhận, đang xác minh.' });
    const acked = (await transfers()).items.find((i) => i.id === contact.id);
    expect(acked?.transfer).toMatchObject({
      progress: 'acknowledged',
      escalated: false,
      acknowledgeDueAt: null,
    });
    expect((await transfers('escalated')).items).toEqual([]);
    t.setNow(null);
  });

  it('does not escalate a transfer acknowledged in time', async () => {
    const { contact, transferred } = await logAndTransfer(counsellor);
    const c = await t.db
      .selectFrom('cases')
      .select('id')
      .where('case_number', '=', transferred.transfer.caseNumber)
      .executeTakeFirstOrThrow();
    await actOk(await t.as('communeChairmanA'), c.id, 'ACKNOWLEDGE', {}, {});
    const late = new Date(Date.parse(contact.startedAt) + (ACK_HOURS + 1) * 3600_000);
    await sweepAt(late);
    const flags = await t.db
      .selectFrom('case_actions')
      .select('id')
      .where('case_id', '=', c.id)
      .where('type', '=', 'FLAG_OVERDUE')
      .execute();
    expect(flags).toEqual([]);
    const listed = (await transfers()).items.find((i) => i.id === contact.id);
    expect(listed?.transfer).toMatchObject({ progress: 'acknowledged', escalated: false });
  });
});
