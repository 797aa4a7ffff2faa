import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { Database, NewAgency, AgencyUpdate } from '../../db/schema';
import type { DbOrTx } from '../../db/transaction';
import type { Agency, AgencyKind } from '../../../shared/domain/Agency';
import type { Scope } from '../../../shared/permissions/scope';

type Eb = ExpressionBuilder<Database, 'agencies' | 'admin_units'>;

/**
 * Which agencies a scope reaches, as a WHERE condition (architecture.md convention 4).
 * - read: national all; province: the agencies of the province; commune: the commune's own agencies and the
 *   province-level agencies of its province (Sở Y tế, provincial police, social work centre), not those of other
 *   communes; agency: only the user's own agency.
 * - manage: as read, except that a commune-level administrator manages only the commune's own agencies, and an
 *   agency scope manages nothing.
 * Province-level agencies are those whose unit is the province itself (unit_code = province_code).
 */
export function agencyReach(eb: Eb, scope: Scope, mode: 'read' | 'manage'): Expression<SqlBool> {
  switch (scope.kind) {
    case 'national':
      return sql<SqlBool>`true`;
    case 'province':
      return eb('agencies.province_code', '=', scope.provinceCode);
    case 'commune':
      return mode === 'manage'
        ? eb('agencies.unit_code', '=', scope.communeCode)
        : eb.or([
            eb('agencies.unit_code', '=', scope.communeCode),
            eb('agencies.unit_code', '=', scope.provinceCode),
          ]);
    case 'agency':
      return mode === 'manage' ? sql<SqlBool>`false` : eb('agencies.id', '=', scope.agencyId);
    case 'tasks':
      return sql<SqlBool>`false`;
  }
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function fromAgencies(db: DbOrTx) {
  return db
    .selectFrom('agencies')
    .innerJoin('admin_units', (join) =>
      join
        .onRef('admin_units.era', '=', 'agencies.unit_era')
        .onRef('admin_units.code', '=', 'agencies.unit_code'),
    );
}

const AGENCY_COLUMNS = [
  'agencies.id',
  'agencies.kind',
  'agencies.name',
  'agencies.unit_code as unitCode',
  'admin_units.name as unitName',
  'agencies.province_code as provinceCode',
  'agencies.address',
  'agencies.phone',
  'agencies.email',
  'agencies.is_active as isActive',
] as const;

/** The kind column is free text in SQL; only the API writes it, with a validated AgencyKind. */
type AgencyOut = Omit<Agency, 'kind'> & { kind: string };
const asAgency = (row: AgencyOut): Agency => ({ ...row, kind: row.kind as AgencyKind });

export type AgencyFilter = {
  scope: Scope;
  /** Already folded with the units service's toSearchText; empty for no name filter. */
  term: string;
  kind?: AgencyKind | undefined;
  unitCode?: string | undefined;
  includeInactive: boolean;
  limit: number;
  offset: number;
};

export async function listAgencies(db: DbOrTx, f: AgencyFilter): Promise<{ items: Agency[]; total: number }> {
  const words = [...new Set(f.term.split(' ').filter(Boolean))];
  const base = fromAgencies(db)
    .where((eb) => agencyReach(eb, f.scope, 'read'))
    // Every typed word, in any order, as part of the name: "cong an bac nha" finds "Công an phường Bắc Nha Trang".
    .$if(words.length > 0, (qb) =>
      qb.where((eb) => eb.and(words.map((w) => eb('agencies.search_text', 'like', `%${likeEscape(w)}%`)))),
    )
    .$if(f.kind !== undefined, (qb) => qb.where('agencies.kind', '=', f.kind ?? ''))
    .$if(f.unitCode !== undefined, (qb) => qb.where('agencies.unit_code', '=', f.unitCode ?? ''))
    .$if(!f.includeInactive, (qb) => qb.where('agencies.is_active', '=', true));
  const [rows, count] = await Promise.all([
    base
      .select(AGENCY_COLUMNS)
      .orderBy(sql`agencies.search_text COLLATE "C"`)
      .orderBy('agencies.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(asAgency), total: Number(count.n) };
}

/** An agency if the scope reaches it (mode as in agencyReach); without `reach`, whatever its place. */
export async function findAgency(
  db: DbOrTx,
  id: string,
  reach?: { scope: Scope; mode: 'read' | 'manage' },
): Promise<Agency | undefined> {
  const row = await fromAgencies(db)
    .select(AGENCY_COLUMNS)
    .where('agencies.id', '=', id)
    .where((eb) => (reach ? agencyReach(eb, reach.scope, reach.mode) : sql<SqlBool>`true`))
    .executeTakeFirst();
  return row ? asAgency(row) : undefined;
}

export async function findAgencyIdByTransactionId(
  db: DbOrTx,
  transactionId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('agencies')
    .select('id')
    .where('transaction_id', '=', transactionId)
    .executeTakeFirst();
  return row?.id;
}

/** Inserts unless the transaction id was used; returns the new id, or undefined on a retry. */
export async function insertAgency(db: DbOrTx, values: NewAgency): Promise<string | undefined> {
  const row = await db
    .insertInto('agencies')
    .values(values)
    .onConflict((oc) => oc.column('transaction_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function updateAgency(db: DbOrTx, id: string, values: AgencyUpdate): Promise<void> {
  await db
    .updateTable('agencies')
    .set({ ...values, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

/** Whether an active agency exists (plan tasks and receiving agencies of reports must name one). */
export async function activeAgencyExists(db: DbOrTx, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('agencies')
    .select('id')
    .where('id', '=', id)
    .where('is_active', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}
