import nodemailer from 'nodemailer';
import type { AppDeps } from '../app-deps';
import { claimUnsentMail, markMailFailed, markMailSent } from '../modules/notifications/notifications.repo';
import { MAX_MAIL_ATTEMPTS } from '../../shared/domain/Notification';

export type MailDeps = Pick<AppDeps, 'db' | 'config' | 'now'>;
export type MailResult = { sent: number; failed: number };

const BATCH = 20;
/** Batches per run: a long queue is worked off over several runs rather than in one long one. */
const MAX_BATCHES = 10;
const ERROR_CHARS = 500;

/** Whether this server sends e-mail at all: only in production mode with an SMTP server configured. */
export function mailIsSent(config: MailDeps['config']): boolean {
  return config.mode === 'production' && config.mail.smtpUrl !== null;
}

/**
 * Sends the e-mails waiting in the outbox (issue #4 item 4) through the configured SMTP server. In demo mode or
 * without SMTP it sends nothing: the outbox page shows what would be sent. Each mail is claimed (SKIP LOCKED,
 * attempts + 1) in a short transaction and sent outside it, so a slow mail server never holds a database
 * connection; the scheduler runs one sender at a time. A mail is given up after MAX_MAIL_ATTEMPTS.
 */
export async function sendPendingMail(deps: MailDeps): Promise<MailResult> {
  const result: MailResult = { sent: 0, failed: 0 };
  const smtpUrl = deps.config.mail.smtpUrl;
  if (!mailIsSent(deps.config) || !smtpUrl) return result;
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  try {
    for (let i = 0; i < MAX_BATCHES; i++) {
      const batch = await deps.db
        .transaction()
        .execute((tx) => claimUnsentMail(tx, BATCH, MAX_MAIL_ATTEMPTS));
      let sentInBatch = 0;
      for (const mail of batch) {
        const error = await transport
          .sendMail({
            from: deps.config.mail.from,
            to: mail.to_address,
            subject: mail.subject,
            text: mail.body,
            headers: { 'Auto-Submitted': 'auto-generated' },
          })
          .then(
            () => null,
            (err: unknown) => errorText(err),
          );
        if (error === null) {
          await markMailSent(deps.db, mail.id, deps.now());
          result.sent += 1;
          sentInBatch += 1;
        } else {
          await markMailFailed(deps.db, mail.id, error);
          result.failed += 1;
        }
      }
      // An empty queue, or a mail server that refused everything: try again at the next run.
      if (batch.length < BATCH || sentInBatch === 0) break;
    }
  } finally {
    transport.close();
  }
  return result;
}

/** The error as stored on the row: the SMTP answer or the network error, never the server's credentials. */
function errorText(err: unknown): string {
  const e = err as { code?: unknown; responseCode?: unknown; message?: unknown };
  const parts = [
    typeof e.code === 'string' ? e.code : null,
    typeof e.responseCode === 'number' ? String(e.responseCode) : null,
    typeof e.message === 'string' ? e.message : String(err),
  ].filter((p): p is string => p !== null);
  return parts
    .join(' ')
    .replace(/\/\/[^@/\s]*@/g, '//***@')
    .slice(0, ERROR_CHARS);
}
