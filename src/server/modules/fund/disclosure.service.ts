import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { DbOrTx } from '../../db/transaction';
import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import { vietnamDate } from '../../pdf/vn-date';
import { DisclosureSnapshot, type Disclosure, type DisclosureInput } from '../../../shared/domain/Fund';
import { campaignOfFund } from './campaigns.repo';
import { computeSnapshot } from './disclosure-snapshot';
import { fundOperation } from './fund-audit';
import { fieldError, fundConflict, isUniqueViolation } from './fund-errors';
import { fundInReach, type FundCaller } from './fund-reach';
import type { FundDeps } from './funds.service';

/**
 * Publishing the income and expenditure disclosure (công khai thu chi, domain.md §9): the snapshot is computed once
 * and stored frozen, so what the public read stays what was published even as the ledger grows. Idempotent on
 * transactionId.
 */
export async function publishDisclosure(
  deps: FundDeps,
  caller: FundCaller,
  fundId: string,
  input: DisclosureInput,
): Promise<Disclosure> {
  const fund = await fundInReach(deps.db, caller.scope, fundId);
  const done = await disclosureRow(deps.db, { transactionId: input.transactionId });
  if (done) {
    if (done.fund_id !== fund.id) throw fundConflict('fund.transactionReused');
    return disclosureView(done);
  }
  const campaign = input.campaignId ? await campaignOfFund(deps.db, fund.id, input.campaignId) : null;
  if (input.campaignId && !campaign) throw fieldError('campaignId', 'fund.campaignUnknown', caller.locale);
  const id = crypto.randomUUID();
  try {
    await deps.db.transaction().execute(async (tx) => {
      const snapshot = await computeSnapshot(tx, {
        fundId: fund.id,
        fundName: fund.name,
        campaignId: campaign?.id ?? null,
        campaignName: campaign?.name ?? null,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
      });
      await tx
        .insertInto('fund_disclosures')
        .values({
          id,
          transaction_id: input.transactionId,
          fund_id: fund.id,
          campaign_id: campaign?.id ?? null,
          title: input.title,
          period_start: input.periodStart,
          period_end: input.periodEnd,
          snapshot: JSON.stringify(snapshot),
          published_by: caller.user.id,
          published_at: deps.now(),
        })
        .execute();
      await recordAudit(tx, caller.actor, {
        operation: fundOperation('fund.disclosure.publish'),
        provinceCode: fund.province_code,
        targetType: 'fund_disclosure',
        targetIds: [id],
        counts: { income: snapshot.income.total, expenditure: snapshot.expenditure.total },
      });
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const raced = await disclosureRow(deps.db, { transactionId: input.transactionId });
    if (!raced || raced.fund_id !== fund.id) throw fundConflict('fund.transactionReused');
    return disclosureView(raced);
  }
  const row = await disclosureRow(deps.db, { id });
  if (!row) throw new AppError('NOT_FOUND');
  return disclosureView(row);
}

function disclosureQuery(db: DbOrTx) {
  return db
    .selectFrom('fund_disclosures as x')
    .innerJoin('funds as f', 'f.id', 'x.fund_id')
    .select([
      'x.id',
      'x.fund_id',
      'x.campaign_id',
      'x.title',
      'x.published_at',
      'x.snapshot',
      'f.name as fund_name',
      'f.province_code',
    ]);
}
type DisclosureRow = Awaited<ReturnType<ReturnType<typeof disclosureQuery>['executeTakeFirstOrThrow']>>;

function disclosureRow(db: DbOrTx, by: { id: string } | { transactionId: string }) {
  const q = disclosureQuery(db);
  return (
    'id' in by ? q.where('x.id', '=', by.id) : q.where('x.transaction_id', '=', by.transactionId)
  ).executeTakeFirst();
}

function disclosureView(r: DisclosureRow): Disclosure {
  return {
    id: r.id,
    fundId: r.fund_id,
    campaignId: r.campaign_id,
    title: r.title,
    publishedAt: r.published_at.toISOString(),
    snapshot: DisclosureSnapshot.parse(r.snapshot),
  };
}

function summaryOf(r: DisclosureRow) {
  const { snapshot, ...rest } = disclosureView(r);
  return {
    ...rest,
    fundName: r.fund_name,
    incomeTotal: snapshot.income.total,
    expenditureTotal: snapshot.expenditure.total,
  };
}

const LIST_LIMIT = 200;

/** The fund's published disclosures, newest first (for its officers). */
export async function listFundDisclosures(deps: FundDeps, caller: FundCaller, fundId: string) {
  const fund = await fundInReach(deps.db, caller.scope, fundId);
  const rows = await disclosureQuery(deps.db)
    .where('x.fund_id', '=', fund.id)
    .orderBy('x.published_at', 'desc')
    .orderBy('x.id')
    .limit(LIST_LIMIT)
    .execute();
  return { items: rows.map(summaryOf) };
}

/** Every published disclosure, newest first: public, no login (the snapshot holds no child's identity). */
export async function listPublicDisclosures(deps: Pick<FundDeps, 'db'>) {
  const rows = await disclosureQuery(deps.db)
    .orderBy('x.published_at', 'desc')
    .orderBy('x.id')
    .limit(LIST_LIMIT)
    .execute();
  return { items: rows.map(summaryOf) };
}

export async function getPublicDisclosure(deps: Pick<FundDeps, 'db'>, id: string): Promise<Disclosure> {
  const row = await disclosureRow(deps.db, { id });
  if (!row) throw new AppError('NOT_FOUND');
  return disclosureView(row);
}

/** The disclosure with what its PDF header needs: the fund's province and the number of the report in its year. */
export async function disclosureForPdf(deps: Pick<FundDeps, 'db'>, id: string) {
  const row = await disclosureRow(deps.db, { id });
  if (!row) throw new AppError('NOT_FOUND');
  const province = row.province_code
    ? await deps.db
        .selectFrom('admin_units')
        .select(['name', 'short_name'])
        .where('era', '=', '2025')
        .where('code', '=', row.province_code)
        .executeTakeFirst()
    : undefined;
  // Reports are numbered from 1 each calendar year in Vietnam (UTC+7).
  const year = Number(vietnamDate(row.published_at).slice(0, 4));
  const yearStart = new Date(Date.UTC(year, 0, 1) - 7 * 3600_000);
  const ordinal = await deps.db
    .selectFrom('fund_disclosures')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('fund_id', '=', row.fund_id)
    .where('published_at', '>=', yearStart)
    .where('published_at', '<=', row.published_at)
    .executeTakeFirstOrThrow();
  return { disclosure: disclosureView(row), province: province ?? null, ordinal: ordinal.n };
}
