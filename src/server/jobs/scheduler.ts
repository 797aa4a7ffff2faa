import type { AppDeps } from '../app-deps';
import { runDeadlineSweep, type SweepResult } from './deadline-sweeper';
import { advisoryUnlock, tryAdvisoryLock } from './jobs.repo';
import { sendPendingMail, type MailResult } from './mail-sender';

export type JobsDeps = Pick<AppDeps, 'db' | 'dbHandle' | 'config' | 'now'>;
export type JobsLog = {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
};
export type JobsRun = { ran: false } | { ran: true; sweep: SweepResult; mail: MailResult };

/** Key of the advisory lock that lets one app instance at a time run the jobs ("treem:jobs"). */
export const JOBS_LOCK_KEY = 0x7472_6565_6d4an;

/**
 * One run of the background jobs: the deadline sweeper, then the mail sender. On a PostgreSQL server several app
 * instances may share the database, so a run first takes a session-level advisory lock on a connection of its own
 * and is skipped when another instance holds it. That is only a gate against duplicated effort: correctness does
 * not depend on it (the sweeper locks cases with SKIP LOCKED and flags with deterministic ids; the sender claims
 * mails with SKIP LOCKED). PGlite has one process per data folder (data-dir-lock), and one connection that the
 * jobs need, so there is nothing to gate.
 */
export async function runJobsOnce(deps: JobsDeps): Promise<JobsRun> {
  const run = async (): Promise<JobsRun> => ({
    ran: true,
    sweep: await runDeadlineSweep(deps),
    mail: await sendPendingMail(deps),
  });
  if (deps.dbHandle.kind === 'pglite') return run();
  return deps.db.connection().execute(async (conn) => {
    if (!(await tryAdvisoryLock(conn, JOBS_LOCK_KEY))) return { ran: false };
    try {
      return await run();
    } finally {
      await advisoryUnlock(conn, JOBS_LOCK_KEY);
    }
  });
}

/**
 * Runs the jobs every config.cases.sweepSeconds (0: never in this process), the first time at once. Runs never
 * overlap in one process; stop() cancels the timer and waits for a run in progress. Nothing is kept in memory that
 * another instance would need (architecture.md, "Scale-out path").
 */
export function startJobs(deps: JobsDeps, log: JobsLog): { stop(): Promise<void> } {
  const seconds = deps.config.cases.sweepSeconds;
  if (seconds === 0) return { stop: async () => undefined };
  let running: Promise<void> | null = null;
  let stopped = false;

  const tick = () => {
    if (running || stopped) return;
    running = runJobsOnce(deps)
      .then((r) => {
        if (r.ran && (r.sweep.flagged > 0 || r.mail.sent > 0 || r.mail.failed > 0))
          log.info({ sweep: r.sweep, mail: r.mail }, 'background jobs');
      })
      .catch((err: unknown) => log.error({ err }, 'background jobs failed; retrying at the next run'))
      .finally(() => {
        running = null;
      });
  };

  const timer = setInterval(tick, seconds * 1000);
  timer.unref();
  const first = setTimeout(tick, 0);
  first.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}
