import type { AppDeps } from '../../app-deps';
import { recordAudit, type AuditActor } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import { mailIsSent } from '../../jobs/mail-sender';
import {
  MAX_MAIL_ATTEMPTS,
  type OutboxEntry,
  type OutboxPage,
  type OutboxQuery,
} from '../../../shared/domain/Notification';
import type { Scope } from '../../../shared/permissions/scope';
import { listOutbox, type OutboxReach, type OutboxRow } from './notifications.repo';

type Deps = Pick<AppDeps, 'db' | 'config'>;

/** outbox.read reaches the administrator's unit: national sees every mail, a province its users' mails. */
function reachOf(scope: Scope): OutboxReach {
  switch (scope.kind) {
    case 'national':
      return { kind: 'all' };
    case 'province':
      return { kind: 'province', code: scope.provinceCode };
    case 'commune':
      return { kind: 'commune', code: scope.communeCode };
    case 'agency':
    case 'tasks':
      throw new AppError('FORBIDDEN');
  }
}

function toEntry(r: OutboxRow): OutboxEntry {
  return {
    id: r.id,
    toAddress: r.to_address,
    userId: r.user_id,
    userName: r.user_name,
    subject: r.subject,
    body: r.body,
    createdAt: r.created_at.toISOString(),
    sentAt: r.sent_at ? r.sent_at.toISOString() : null,
    attempts: r.attempts,
    lastError: r.last_error,
    status: r.sent_at ? 'sent' : r.attempts >= MAX_MAIL_ATTEMPTS ? 'failed' : 'pending',
  };
}

/**
 * The e-mail outbox (issue #4 item 4): what was sent, or in demo mode what would be sent. Mails carry a case number
 * and a link, never a child's name; reading them is audited all the same (they name recipients).
 */
export async function viewOutbox(
  deps: Deps,
  actor: AuditActor,
  scope: Scope,
  query: OutboxQuery,
): Promise<OutboxPage> {
  const reach = reachOf(scope);
  return deps.db.transaction().execute(async (tx) => {
    const { rows, total } = await listOutbox(tx, reach, {
      ...(query.status ? { status: query.status } : {}),
      limit: query.limit,
      offset: query.offset,
      maxAttempts: MAX_MAIL_ATTEMPTS,
    });
    await recordAudit(tx, actor, {
      operation: 'outbox.view',
      ...(reach.kind === 'province' ? { provinceCode: reach.code } : {}),
      ...(reach.kind === 'commune' ? { unitCode: reach.code } : {}),
      counts: { items: rows.length },
    });
    return { items: rows.map(toEntry), total, sending: mailIsSent(deps.config) };
  });
}
