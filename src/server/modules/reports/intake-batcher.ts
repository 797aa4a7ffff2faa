import type { Db } from '../../db/open-db';
import { isUniqueViolation } from '../children/children.rules';
import type { CaseDeps } from '../cases/case-append';
import { findReportByTransaction } from './reports.repo';
import { writeNewCaseReports, type PreparedReport, type WrittenReport } from './intake-writer';

type Pending = { item: PreparedReport; resolve: (r: WrittenReport) => void; reject: (e: unknown) => void };

const MAX_BATCH = 200;
/**
 * Batches written at once. Measured (npm run bench -- --suite intake): one at a time gives the largest batches and
 * the best throughput; two or three in flight made smaller batches whose fixed cost (a dozen statements, the audit
 * chain lock) dominated.
 */
const MAX_IN_FLIGHT = 1;

/**
 * Group commit for report intake: reports that arrive while a transaction is being written wait and go together
 * in the next one (one statement for the whole batch). A request is answered only after its batch has
 * committed, so an acknowledged report is never lost. When a batch fails (e.g. a retried transactionId racing its
 * first attempt), each of its reports is written alone, so one bad report never fails the others.
 */
export class IntakeBatcher {
  readonly #deps: CaseDeps;
  #queue: Pending[] = [];
  #inFlight = 0;

  constructor(deps: CaseDeps) {
    this.#deps = deps;
  }

  submit(item: PreparedReport): Promise<WrittenReport> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      if (this.#inFlight < MAX_IN_FLIGHT) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#inFlight += 1;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, MAX_BATCH);
        await this.#write(batch);
      }
    } finally {
      this.#inFlight -= 1;
    }
  }

  async #write(batch: Pending[]): Promise<void> {
    try {
      // One statement: atomic on its own, no transaction round trips.
      const written = await writeNewCaseReports(
        this.#deps.db,
        this.#deps,
        batch.map((p) => p.item),
      );
      batch.forEach((p, i) => {
        const w = written[i];
        if (w) p.resolve(w);
        else p.reject(new Error('intake batch lost a report'));
      });
    } catch (err) {
      if (batch.length === 1) return this.#settleAlone(batch[0] as Pending, err);
      for (const p of batch) {
        try {
          const [w] = await writeNewCaseReports(this.#deps.db, this.#deps, [p.item]);
          if (w) p.resolve(w);
        } catch (e) {
          await this.#settleAlone(p, e);
        }
      }
    }
  }

  /** A report that failed alone: a duplicate transactionId answers with the report already written. */
  async #settleAlone(p: Pending, err: unknown): Promise<void> {
    if (isUniqueViolation(err)) {
      const done = await findReportByTransaction(this.#deps.db, p.item.transactionId).catch(() => undefined);
      if (done) {
        const c = await this.#deps.db
          .selectFrom('cases')
          .select('case_number')
          .where('id', '=', done.case_id)
          .executeTakeFirst();
        return p.resolve({ reportId: done.id, caseId: done.case_id, caseNumber: c?.case_number ?? '' });
      }
    }
    p.reject(err);
  }
}

const batchers = new WeakMap<Db, IntakeBatcher>();

/** One batcher per database handle (per app). */
export function intakeBatcherOf(deps: CaseDeps): IntakeBatcher {
  let b = batchers.get(deps.db);
  if (!b) {
    b = new IntakeBatcher(deps);
    batchers.set(deps.db, b);
  }
  return b;
}
