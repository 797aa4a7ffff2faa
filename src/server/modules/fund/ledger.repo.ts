import type { DbOrTx } from '../../db/transaction';
import type { DisbursementPurpose, Donation, FundPurpose, GoodsKind } from '../../../shared/domain/Fund';

/** Queries of the fund ledger (donations, disbursements, allocations). Services own the transactions. */

export function donationQuery(db: DbOrTx) {
  return db
    .selectFrom('fund_donations as d')
    .innerJoin('fund_donors as dn', 'dn.id', 'd.donor_id')
    .leftJoin('fund_campaigns as c', 'c.id', 'd.campaign_id')
    .select([
      'd.id',
      'd.fund_id',
      'd.transaction_id',
      'd.campaign_id',
      'c.name as campaign_name',
      'd.donor_id',
      'dn.name as donor_name',
      'd.received_on',
      'd.kind',
      'd.amount',
      'd.goods_description',
      'd.purpose',
      'd.receipt_number',
      'd.notes',
      'd.allocated',
    ]);
}
type DonationRow = Awaited<ReturnType<ReturnType<typeof donationQuery>['executeTakeFirstOrThrow']>>;

export function donationView(r: DonationRow): Donation {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    campaignName: r.campaign_name,
    donorId: r.donor_id,
    donorName: r.donor_name,
    receivedOn: r.received_on,
    kind: r.kind,
    amount: r.amount,
    goodsDescription: r.goods_description,
    purpose: r.purpose as FundPurpose,
    receiptNumber: r.receipt_number,
    notes: r.notes,
    allocated: r.allocated,
    available: r.amount - r.allocated,
  };
}

export type LedgerPage = { fundId: string; campaignId?: string | undefined; limit: number; offset: number };

export async function listDonations(
  db: DbOrTx,
  page: LedgerPage,
): Promise<{ items: Donation[]; total: number }> {
  let base = db.selectFrom('fund_donations as d').where('d.fund_id', '=', page.fundId);
  if (page.campaignId) base = base.where('d.campaign_id', '=', page.campaignId);
  let rows = donationQuery(db).where('d.fund_id', '=', page.fundId);
  if (page.campaignId) rows = rows.where('d.campaign_id', '=', page.campaignId);
  const [items, count] = await Promise.all([
    rows
      .orderBy('d.received_on', 'desc')
      .orderBy('d.created_at', 'desc')
      .orderBy('d.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(donationView), total: Number(count.n) };
}

/** A donation the ledger may draw on, as locked for a disbursement. */
export type Drawable = {
  id: string;
  campaign_id: string | null;
  purpose: string;
  kind: GoodsKind;
  received_on: string;
  created_at: Date;
  amount: number;
  allocated: number;
};

const DRAWABLE = [
  'id',
  'campaign_id',
  'purpose',
  'kind',
  'received_on',
  'created_at',
  'amount',
  'allocated',
] as const;

/**
 * Locks the donations a disbursement could draw on automatically: of the fund (and of the campaign when given),
 * of the same kind, restricted to the purpose or general, received by the day of the disbursement (money is not
 * spent before it comes in), with money left. Always locked in id order, so two
 * disbursements over the same donations never deadlock.
 */
export function lockCandidates(
  db: DbOrTx,
  f: {
    fundId: string;
    campaignId: string | null;
    kind: GoodsKind;
    purpose: DisbursementPurpose;
    disbursedOn: string;
  },
): Promise<Drawable[]> {
  let q = db
    .selectFrom('fund_donations')
    .select(DRAWABLE)
    .where('fund_id', '=', f.fundId)
    .where('kind', '=', f.kind)
    .where('purpose', 'in', [f.purpose, 'general'])
    .where('received_on', '<=', f.disbursedOn)
    .whereRef('allocated', '<', 'amount');
  if (f.campaignId) q = q.where('campaign_id', '=', f.campaignId);
  return q.orderBy('id').forUpdate().execute();
}

/** Locks the listed donations of the fund (in id order); ids of other funds are simply not returned. */
export function lockListed(db: DbOrTx, fundId: string, ids: readonly string[]): Promise<Drawable[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('fund_donations')
    .select(DRAWABLE)
    .where('fund_id', '=', fundId)
    .where('id', 'in', [...ids])
    .orderBy('id')
    .forUpdate()
    .execute();
}
