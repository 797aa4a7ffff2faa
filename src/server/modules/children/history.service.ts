import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../db/transaction';
import type { ChildHistory, ChildHistoryEntry, ViewPurpose } from '../../../shared/domain/Child';
import { isSensitiveGroup } from '../../../shared/reference/circumstance-groups';
import { findChildInScope } from './children.repo';
import { insertHistory, listHistory } from './history.repo';
import { cipherOf, mayReadSensitive, type ChildrenCaller, type ChildrenDeps } from './children.service';

/** Before/after of each changed field. Sensitive fields are named `sensitive.<field>`. */
export type Changes = Record<string, { before: unknown; after: unknown }>;

/** Operations written to child_history (the merge of duplicates writes 'merge'). */
export type HistoryOperation =
  | 'create'
  | 'update'
  | 'circumstance.add'
  | 'circumstance.end'
  | 'riskflag.add'
  | 'riskflag.end'
  | 'support.add'
  | 'merge';

/**
 * Writes one history row (who, when, which fields; the values encrypted, as they may be sensitive), in the
 * transaction of the change. The transactionId makes a retried change apply once (migrations/0011).
 */
export async function writeChildHistory(
  tx: Tx,
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  e: { childId: string; operation: HistoryOperation; changes: Changes; transactionId: string | null },
): Promise<void> {
  const fields = Object.keys(e.changes);
  await insertHistory(tx, {
    child_id: e.childId,
    actor_id: caller.actor.userId,
    actor_name: caller.actor.displayName,
    operation: e.operation,
    fields,
    changes_enc: fields.length > 0 ? cipherOf(deps).encryptChanges(e.childId, e.changes) : null,
    transaction_id: e.transactionId,
  });
}

/** Whether a change touches a circumstance of a sensitive group (the whole entry is then hidden). */
function touchesSensitiveGroup(changes: Changes): boolean {
  const c = changes.circumstance;
  if (!c) return false;
  const codeOf = (v: unknown) => (v && typeof v === 'object' && 'groupCode' in v ? String(v.groupCode) : '');
  return isSensitiveGroup(codeOf(c.before)) || isSensitiveGroup(codeOf(c.after));
}

function withoutNote(v: unknown): unknown {
  if (!v || typeof v !== 'object' || !('note' in v)) return v;
  const copy = { ...(v as Record<string, unknown>) };
  delete copy.note;
  return copy;
}

/**
 * The history of a child, newest first, audited as a view with its purpose. Field names are always shown; without
 * children.read_sensitive the values of the sensitive fields are left out (named in hiddenFields), and changes
 * of circumstances of sensitive groups are left out entirely (even their existence would tell).
 */
export async function getChildHistory(
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  id: string,
  purpose: ViewPurpose,
): Promise<ChildHistory> {
  const cipher = cipherOf(deps);
  return deps.db.transaction().execute(async (tx) => {
    const child = await findChildInScope(tx, caller.scope, id);
    if (!child) throw new AppError('NOT_FOUND');
    const sensitive = mayReadSensitive(caller.user, {
      communeCode: child.commune_code,
      provinceCode: child.province_code,
    });
    const rows = await listHistory(tx, id, 500);
    const items: ChildHistoryEntry[] = [];
    for (const r of rows) {
      const changes = r.changes_enc ? (cipher.decryptChanges(id, r.changes_enc) as Changes) : {};
      if (!sensitive && touchesSensitiveGroup(changes)) continue;
      const hiddenFields: string[] = [];
      const shown: Changes = {};
      for (const [field, value] of Object.entries(changes)) {
        if (!sensitive && field.startsWith('sensitive.')) hiddenFields.push(field);
        else if (!sensitive && field === 'circumstance')
          shown[field] = { before: withoutNote(value.before), after: withoutNote(value.after) };
        else shown[field] = value;
      }
      items.push({
        id: r.id,
        at: r.at.toISOString(),
        actorName: r.actor_name,
        operation: r.operation,
        fields: r.fields,
        changes: shown,
        hiddenFields,
      });
    }
    await recordAudit(tx, caller.actor, {
      operation: 'child.history.view',
      purpose,
      targetType: 'child',
      targetIds: [id],
      unitCode: child.commune_code,
      provinceCode: child.province_code,
      counts: { entries: items.length, sensitiveVisible: sensitive ? 1 : 0 },
    });
    return { items };
  });
}
