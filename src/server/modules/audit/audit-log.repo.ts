import type { ExpressionBuilder } from 'kysely';
import type { Scope } from '../../../shared/permissions/scope';
import type { DbOrTx } from '../../db/transaction';
import type { Database } from '../../db/schema';

/** The viewer's filters, already resolved to database values by the service. */
export type AuditLogFilter = {
  /** Matches actor_id when the text is a user id, else the username (case-insensitive). */
  actor?: { userId: string | null; username: string };
  operation?: string;
  unitCode?: string;
  /** at >= atFrom */
  atFrom?: Date;
  /** at < atBefore (a date-only "to": the next day's start) */
  atBefore?: Date;
  /** at <= atUntil (a date-time "to") */
  atUntil?: Date;
  /** Keyset: id < beforeId. */
  beforeId?: number;
  limit: number;
};

type Eb = ExpressionBuilder<Database, 'audit_log'>;

/** The jurisdiction as a WHERE clause (architecture.md convention 4): a scope that reaches no audit row sees none. */
function inScope(eb: Eb, scope: Scope) {
  switch (scope.kind) {
    case 'national':
      return eb.lit(true);
    case 'province':
      return eb('province_code', '=', scope.provinceCode);
    case 'commune':
      return eb('unit_code', '=', scope.communeCode);
    case 'agency':
    case 'tasks':
      return eb.lit(false);
  }
}

/** Newest first, keyset on id; the hash columns are the verifier's business, not the viewer's. */
export async function listAuditRows(db: DbOrTx, scope: Scope, f: AuditLogFilter) {
  let q = db
    .selectFrom('audit_log')
    .select([
      'id',
      'at',
      'operation',
      'outcome',
      'actor_id',
      'actor_username',
      'actor_name',
      'actor_role',
      'unit_code',
      'province_code',
      'ip',
      'user_agent',
      'purpose',
      'target_type',
      'target_ids',
      'counts',
    ])
    .where((eb) => inScope(eb, scope));
  const actor = f.actor;
  if (actor) {
    q = q.where((eb) => {
      const byName = eb(eb.fn('lower', ['actor_username']), '=', actor.username.toLowerCase());
      return actor.userId ? eb.or([eb('actor_id', '=', actor.userId), byName]) : byName;
    });
  }
  if (f.operation) q = q.where('operation', '=', f.operation);
  if (f.unitCode) q = q.where('unit_code', '=', f.unitCode);
  if (f.atFrom) q = q.where('at', '>=', f.atFrom);
  if (f.atBefore) q = q.where('at', '<', f.atBefore);
  if (f.atUntil) q = q.where('at', '<=', f.atUntil);
  if (f.beforeId !== undefined) q = q.where('id', '<', f.beforeId);
  return q.orderBy('id', 'desc').limit(f.limit).execute();
}

export type AuditLogListRow = Awaited<ReturnType<typeof listAuditRows>>[number];
