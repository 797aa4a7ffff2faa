import type { DbOrTx } from '../../db/transaction';
import type { Disbursement, DisbursementPurpose } from '../../../shared/domain/Fund';
import type { LedgerPage } from './ledger.repo';

/** Queries of disbursements and their allocations. Services own the transactions. */

function disbursementQuery(db: DbOrTx) {
  return db
    .selectFrom('fund_disbursements as b')
    .leftJoin('fund_campaigns as c', 'c.id', 'b.campaign_id')
    .leftJoin('children as ch', 'ch.id', 'b.child_id')
    .select([
      'b.id',
      'b.fund_id',
      'b.transaction_id',
      'b.campaign_id',
      'c.name as campaign_name',
      'b.purpose',
      'b.beneficiary_kind',
      'b.child_id',
      'ch.full_name as child_name',
      'ch.commune_code as child_commune_code',
      'ch.province_code as child_province_code',
      'b.project_name',
      'b.decision_number',
      'b.decision_date',
      'b.disbursed_on',
      'b.kind',
      'b.amount',
      'b.goods_description',
      'b.notes',
    ]);
}
export type DisbursementRow = Awaited<
  ReturnType<ReturnType<typeof disbursementQuery>['executeTakeFirstOrThrow']>
>;
export type AllocationRow = {
  disbursement_id: string;
  donation_id: string;
  receipt_number: string;
  amount: number;
};

export function findDisbursementByTransaction(db: DbOrTx, transactionId: string) {
  return disbursementQuery(db).where('b.transaction_id', '=', transactionId).executeTakeFirst();
}

export function findDisbursement(db: DbOrTx, id: string) {
  return disbursementQuery(db).where('b.id', '=', id).executeTakeFirst();
}

export async function listDisbursementRows(
  db: DbOrTx,
  page: LedgerPage,
): Promise<{ rows: DisbursementRow[]; total: number }> {
  let rows = disbursementQuery(db).where('b.fund_id', '=', page.fundId);
  let base = db.selectFrom('fund_disbursements as b').where('b.fund_id', '=', page.fundId);
  if (page.campaignId) {
    rows = rows.where('b.campaign_id', '=', page.campaignId);
    base = base.where('b.campaign_id', '=', page.campaignId);
  }
  const [items, count] = await Promise.all([
    rows
      .orderBy('b.disbursed_on', 'desc')
      .orderBy('b.created_at', 'desc')
      .orderBy('b.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: items, total: Number(count.n) };
}

export async function allocationsOf(
  db: DbOrTx,
  disbursementIds: readonly string[],
): Promise<AllocationRow[]> {
  if (disbursementIds.length === 0) return [];
  return db
    .selectFrom('fund_allocations as a')
    .innerJoin('fund_donations as d', 'd.id', 'a.donation_id')
    .select(['a.disbursement_id', 'a.donation_id', 'd.receipt_number', 'a.amount'])
    .where('a.disbursement_id', 'in', [...disbursementIds])
    .orderBy('d.received_on')
    .orderBy('d.receipt_number')
    .execute();
}

/**
 * The API view. The child's id and name are shown only to a caller whose children.read reaches the child
 * (`showChild`); anyone else sees a child beneficiary without identity.
 */
export function disbursementView(
  r: DisbursementRow,
  allocations: readonly AllocationRow[],
  showChild: boolean,
): Disbursement {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    campaignName: r.campaign_name,
    purpose: r.purpose as DisbursementPurpose,
    beneficiaryKind: r.beneficiary_kind,
    childId: showChild ? r.child_id : null,
    childName: showChild ? r.child_name : null,
    projectName: r.project_name,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    disbursedOn: r.disbursed_on,
    kind: r.kind,
    amount: r.amount,
    goodsDescription: r.goods_description,
    notes: r.notes,
    allocations: allocations
      .filter((a) => a.disbursement_id === r.id)
      .map((a) => ({ donationId: a.donation_id, receiptNumber: a.receipt_number, amount: a.amount })),
  };
}
