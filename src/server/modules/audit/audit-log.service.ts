import type { AuditEntry, AuditPage, AuditQuery, AuditVerifyResult } from '../../../shared/domain/Audit';
import type { Scope } from '../../../shared/permissions/scope';
import type { AppDeps } from '../../app-deps';
import { recordAudit, type AuditActor } from '../../audit/audit.repo';
import { verifyAuditChain } from '../../audit/audit-verify';
import { listAuditRows, type AuditLogFilter, type AuditLogListRow } from './audit-log.repo';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** A date without a time is a calendar day in Vietnam (UTC+7, no daylight saving). */
const VN_OFFSET = '+07:00';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Where an audit row about this scope belongs, so the viewer's own reads are visible in the same jurisdiction. */
function scopePlace(scope: Scope): { unitCode: string | null; provinceCode: string | null } {
  switch (scope.kind) {
    case 'province':
      return { unitCode: null, provinceCode: scope.provinceCode };
    case 'commune':
      return { unitCode: scope.communeCode, provinceCode: scope.provinceCode };
    case 'national':
    case 'agency':
    case 'tasks':
      return { unitCode: null, provinceCode: null };
  }
}

function toFilter(q: AuditQuery): AuditLogFilter {
  const f: AuditLogFilter = { limit: q.limit + 1 };
  const actor = q.actor?.trim();
  if (actor) f.actor = { userId: UUID.test(actor) ? actor.toLowerCase() : null, username: actor };
  if (q.operation) f.operation = q.operation;
  if (q.unitCode) f.unitCode = q.unitCode;
  if (q.from) f.atFrom = new Date(DATE_ONLY.test(q.from) ? `${q.from}T00:00:00${VN_OFFSET}` : q.from);
  if (q.to) {
    // A date-only "to" includes that whole day.
    if (DATE_ONLY.test(q.to)) f.atBefore = new Date(Date.parse(`${q.to}T00:00:00${VN_OFFSET}`) + DAY_MS);
    else f.atUntil = new Date(q.to);
  }
  if (q.before !== undefined) f.beforeId = q.before;
  return f;
}

function countFilters(q: AuditQuery): number {
  return [q.actor, q.operation, q.unitCode, q.from, q.to].filter((v) => v !== undefined && v !== '').length;
}

function toEntry(r: AuditLogListRow): AuditEntry {
  return {
    id: r.id,
    at: r.at.toISOString(),
    operation: r.operation,
    outcome: r.outcome,
    actorId: r.actor_id,
    actorUsername: r.actor_username,
    actorName: r.actor_name,
    actorRole: r.actor_role,
    unitCode: r.unit_code,
    provinceCode: r.province_code,
    ip: r.ip,
    userAgent: r.user_agent,
    purpose: r.purpose,
    targetType: r.target_type,
    targetIds: r.target_ids,
    counts: r.counts,
  };
}

/**
 * One page of the audit log inside the viewer's jurisdiction, newest first. Reading the log is itself audited
 * (`audit.view`, with the number of filters and rows only), in the same transaction as the read.
 */
export async function viewAuditLog(
  deps: AppDeps,
  actor: AuditActor,
  scope: Scope,
  query: AuditQuery,
): Promise<AuditPage> {
  return deps.db.transaction().execute(async (tx) => {
    const rows = await listAuditRows(tx, scope, toFilter(query));
    const items = rows.slice(0, query.limit).map(toEntry);
    const more = rows.length > query.limit;
    await recordAudit(tx, actor, {
      operation: 'audit.view',
      ...scopePlace(scope),
      counts: { filters: countFilters(query), rows: items.length },
    });
    return { items, nextBefore: more ? (items[items.length - 1]?.id ?? null) : null };
  });
}

/**
 * Checks the whole hash chain, then records that it was checked (`audit.verify`). The walk runs outside the
 * recording transaction: the audit insert holds the chain lock until commit, and a long walk must not stop every
 * other writer.
 */
export async function verifyAuditLog(deps: AppDeps, actor: AuditActor): Promise<AuditVerifyResult> {
  const result = await verifyAuditChain(deps.db);
  await deps.db.transaction().execute((tx) =>
    recordAudit(tx, actor, {
      operation: 'audit.verify',
      targetType: result.firstBadId === null ? null : 'audit_log',
      targetIds: result.firstBadId === null ? [] : [String(result.firstBadId)],
      counts: { checked: result.checked, broken: result.ok ? 0 : 1 },
    }),
  );
  return result;
}
