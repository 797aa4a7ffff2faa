import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestContext } from '../../test/test-app';
import { openCase } from '../modules/cases/case.test-helpers';
import { JOBS_LOCK_KEY, runJobsOnce, startJobs, type JobsDeps, type JobsLog } from './scheduler';

let t: TestContext;
let clock = new Date();
const HOUR = 3_600_000;

function jobsDeps(sweepSeconds: number): JobsDeps {
  return {
    db: t.db,
    dbHandle: t.handle,
    config: { ...t.config, cases: { ...t.config.cases, sweepSeconds } },
    now: () => clock,
  };
}

function recordingLog() {
  const lines: { level: string; obj: object; msg: string }[] = [];
  const log: JobsLog = {
    info: (obj, msg) => lines.push({ level: 'info', obj, msg }),
    error: (obj, msg) => lines.push({ level: 'error', obj, msg }),
  };
  return { log, lines };
}

/** A case received 13 hours before the sweeper's clock: its 12-hour deadline has passed. */
async function overdueCase(received: string): Promise<string> {
  clock = new Date(received);
  t.setNow(clock);
  const { caseId } = await openCase(await t.as('communeOfficerA'));
  clock = new Date(clock.getTime() + 13 * HOUR);
  return caseId;
}

const flagCount = async (caseId: string) =>
  (
    await t.db
      .selectFrom('case_actions')
      .select('id')
      .where('case_id', '=', caseId)
      .where('type', '=', 'FLAG_OVERDUE')
      .execute()
  ).length;

beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => t.close());

describe('the job scheduler', () => {
  it('runs the sweeper and the mail sender', async () => {
    const caseId = await overdueCase('2026-12-01T01:00:00Z');
    const run = await runJobsOnce(jobsDeps(60));
    expect(run).toMatchObject({ ran: true, sweep: { flagged: 1, cases: 1 }, mail: { sent: 0, failed: 0 } });
    expect(await flagCount(caseId)).toBe(1);
  });

  it('skips a run while another instance holds the jobs lock (PostgreSQL server)', async (ctx) => {
    if (t.handle.kind === 'pglite') return ctx.skip(); // one process per data folder: no gate there
    const other = new pg.Client({ connectionString: t.handle.pool.options.connectionString });
    await other.connect();
    try {
      const caseId = await overdueCase('2026-12-02T01:00:00Z');
      await other.query('SELECT pg_advisory_lock($1::bigint)', [JOBS_LOCK_KEY.toString()]);
      expect(await runJobsOnce(jobsDeps(60))).toEqual({ ran: false });
      expect(await flagCount(caseId)).toBe(0);
      await other.query('SELECT pg_advisory_unlock($1::bigint)', [JOBS_LOCK_KEY.toString()]);
      expect(await runJobsOnce(jobsDeps(60))).toMatchObject({ ran: true, sweep: { flagged: 1 } });
      // The lock is given back after a run: the next one runs too.
      expect(await runJobsOnce(jobsDeps(60))).toMatchObject({ ran: true });
    } finally {
      await other.end();
    }
  });

  it('runs at once when started, logs what it flagged, and stops', async () => {
    const caseId = await overdueCase('2026-12-03T01:00:00Z');
    const { log, lines } = recordingLog();
    const jobs = startJobs(jobsDeps(3600), log);
    try {
      await vi.waitFor(async () => expect(await flagCount(caseId)).toBe(1), { timeout: 30_000 });
    } finally {
      await jobs.stop();
    }
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
    expect(lines).toContainEqual({
      level: 'info',
      obj: { sweep: { flagged: 1, cases: 1 }, mail: { sent: 0, failed: 0 } },
      msg: 'background jobs',
    });
  });

  it('does nothing when the interval is 0', async () => {
    const caseId = await overdueCase('2026-12-04T01:00:00Z');
    const { log, lines } = recordingLog();
    await startJobs(jobsDeps(0), log).stop();
    expect(lines).toEqual([]);
    expect(await flagCount(caseId)).toBe(0);
  });
});
