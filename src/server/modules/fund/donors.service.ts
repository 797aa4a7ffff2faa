import crypto from 'node:crypto';
import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit.repo';
import { decryptField, encryptField, resolveFieldKey } from '../../lib/field-cipher';
import type { Config } from '../../config';
import type { DbOrTx } from '../../db/transaction';
import type { Donor, DonorInput } from '../../../shared/domain/Fund';
import { fundOperation } from './fund-audit';
import { fundConflict, isUniqueViolation } from './fund-errors';
import { fundInReach, type FundCaller } from './fund-reach';
import type { FundDeps } from './funds.service';

/**
 * Donors of a fund. The name stays plain (receipts, search, and public thanks when the donor agrees); a person's
 * phone and address are personal data, encrypted with the field cipher bound to the row ("fund_donors:<id>").
 */
type Contact = { phone: string | null; address: string | null };
const contextOf = (id: string) => `fund_donors:${id}`;

function encryptContact(config: Config, id: string, c: Contact): string | null {
  if (c.phone === null && c.address === null) return null;
  return encryptField(JSON.stringify(c), resolveFieldKey(config.encryptionKey), contextOf(id));
}

function decryptContact(config: Config, id: string, enc: string | null): Contact {
  if (enc === null) return { phone: null, address: null };
  return JSON.parse(decryptField(enc, resolveFieldKey(config.encryptionKey), contextOf(id))) as Contact;
}

function donorQuery(db: DbOrTx, fundId: string) {
  return db
    .selectFrom('fund_donors as dn')
    .select([
      'dn.id',
      'dn.fund_id',
      'dn.kind',
      'dn.name',
      'dn.contact_enc',
      'dn.show_publicly',
      sql<number>`coalesce((SELECT sum(d.amount) FROM fund_donations d WHERE d.donor_id = dn.id), 0)::bigint`.as(
        'donated',
      ),
    ])
    .where('dn.fund_id', '=', fundId);
}
type DonorRow = Awaited<ReturnType<ReturnType<typeof donorQuery>['executeTakeFirstOrThrow']>>;

function donorView(config: Config, r: DonorRow): Donor {
  const contact = decryptContact(config, r.id, r.contact_enc);
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    phone: contact.phone,
    address: contact.address,
    showPublicly: r.show_publicly,
    donated: r.donated,
  };
}

/** The fund's donors by name; q matches any part of the name, without accents or case. */
export async function listDonors(
  deps: FundDeps,
  caller: FundCaller,
  fundId: string,
  q: string | undefined,
): Promise<{ items: Donor[] }> {
  const fund = await fundInReach(deps.db, caller.scope, fundId);
  let query = donorQuery(deps.db, fund.id);
  const needle = q?.trim();
  if (needle) query = query.where(sql<boolean>`strpos(f_search_text(dn.name), f_search_text(${needle})) > 0`);
  const rows = await query.orderBy('dn.name').orderBy('dn.id').limit(200).execute();
  return { items: rows.map((r) => donorView(deps.config, r)) };
}

export async function createDonor(
  deps: FundDeps,
  caller: FundCaller,
  fundId: string,
  input: DonorInput,
): Promise<Donor> {
  const fund = await fundInReach(deps.db, caller.scope, fundId);
  const byTransaction = () =>
    deps.db
      .selectFrom('fund_donors')
      .select(['id', 'fund_id'])
      .where('transaction_id', '=', input.transactionId);
  const done = await byTransaction().executeTakeFirst();
  if (done) return donorOf(deps, fund.id, done);
  const id = crypto.randomUUID();
  try {
    await deps.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('fund_donors')
        .values({
          id,
          transaction_id: input.transactionId,
          fund_id: fund.id,
          kind: input.kind,
          name: input.name,
          contact_enc: encryptContact(deps.config, id, { phone: input.phone, address: input.address }),
          show_publicly: input.showPublicly,
        })
        .execute();
      await recordAudit(tx, caller.actor, {
        operation: fundOperation('fund.donor.create'),
        provinceCode: fund.province_code,
        targetType: 'fund_donor',
        targetIds: [id],
      });
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const raced = await byTransaction().executeTakeFirst();
    if (!raced) throw err;
    return donorOf(deps, fund.id, raced);
  }
  return donorOf(deps, fund.id, { id, fund_id: fund.id });
}

async function donorOf(deps: FundDeps, fundId: string, row: { id: string; fund_id: string }): Promise<Donor> {
  if (row.fund_id !== fundId) throw fundConflict('fund.transactionReused');
  const r = await donorQuery(deps.db, fundId).where('dn.id', '=', row.id).executeTakeFirstOrThrow();
  return donorView(deps.config, r);
}
