import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testConfig } from '../../test/test-app';
import { createTestDb } from '../../test/test-db';
import type { DbHandle } from '../db/open-db';
import { MAX_MAIL_ATTEMPTS } from '../../shared/domain/Notification';
import { sendPendingMail, type MailDeps } from './mail-sender';

type Received = { from: string; to: string[]; raw: string };

let handle: DbHandle;
let server: SMTPServer;
let port: number;
const received: Received[] = [];
const now = new Date('2026-12-01T03:00:00Z');

/** A real SMTP server on a random loopback port; a recipient at refused.example is answered 550. */
function startSmtp(): Promise<SMTPServer> {
  const s = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (address.address.endsWith('@refused.example')) {
        const err = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
        cb(err);
        return;
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        cb();
      });
    },
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

function deps(env: Record<string, string>): MailDeps {
  return { db: handle.db, config: testConfig(env), now: () => now };
}
const production = () => deps({ TREEM_MODE: 'production', TREEM_SMTP_URL: `smtp://127.0.0.1:${port}` });

async function queue(...to: string[]): Promise<string[]> {
  const rows = await handle.db
    .insertInto('email_outbox')
    .values(
      to.map((address, i) => ({
        to_address: address,
        subject: `[Treem] Quá hạn theo quy định — 22333-2026-0000${i}`,
        body: `Quá hạn theo quy định: vụ việc 22333-2026-0000${i}.\nhttp://localhost/cases/x`,
        dedupe_key: `test:${crypto.randomUUID()}`,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
const rowsOf = (ids: string[]) =>
  handle.db.selectFrom('email_outbox').selectAll().where('id', 'in', ids).orderBy('to_address').execute();

beforeAll(async () => {
  handle = await createTestDb();
  server = await startSmtp();
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await handle.close();
});
beforeEach(async () => {
  received.length = 0;
  // Each test starts from an empty queue (earlier tests may leave failed rows behind).
  await handle.db.deleteFrom('email_outbox').execute();
});

describe('the mail sender', () => {
  it('sends the outbox through SMTP in production mode and marks the mails sent', async () => {
    const ids = await queue('a@example.gov.vn', 'b@example.gov.vn');
    expect(await sendPendingMail(production())).toEqual({ sent: 2, failed: 0 });
    expect(received.map((m) => m.to).sort()).toEqual([['a@example.gov.vn'], ['b@example.gov.vn']]);
    expect(received[0]?.from).toBe('no-reply@treem.local');
    expect(received[0]?.raw).toContain('Auto-Submitted: auto-generated');
    for (const row of await rowsOf(ids))
      expect(row).toMatchObject({ sent_at: now, attempts: 1, last_error: null });

    // Nothing left: a second run sends nothing again.
    expect(await sendPendingMail(production())).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(2);
  });

  it('sends nothing in demo mode, nor without an SMTP server', async () => {
    const ids = await queue('a@example.gov.vn');
    const demo = deps({ TREEM_MODE: 'demo', TREEM_SMTP_URL: `smtp://127.0.0.1:${port}` });
    expect(await sendPendingMail(demo)).toEqual({ sent: 0, failed: 0 });
    expect(await sendPendingMail(deps({ TREEM_MODE: 'production' }))).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(0);
    expect(await rowsOf(ids)).toMatchObject([{ sent_at: null, attempts: 0, last_error: null }]);
  });

  it('counts an attempt and keeps the error when the SMTP server is down, and gives up after the last', async () => {
    const down = await startSmtp();
    const downPort = (down.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => down.close(() => resolve()));
    const d = deps({ TREEM_MODE: 'production', TREEM_SMTP_URL: `smtp://user:secret@127.0.0.1:${downPort}` });
    const ids = await queue('a@example.gov.vn');

    expect(await sendPendingMail(d)).toEqual({ sent: 0, failed: 1 });
    const [row] = await rowsOf(ids);
    expect(row).toMatchObject({ sent_at: null, attempts: 1 });
    expect(row?.last_error).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    expect(row?.last_error).not.toContain('secret');

    for (let i = 1; i < MAX_MAIL_ATTEMPTS; i++) await sendPendingMail(d);
    expect((await rowsOf(ids))[0]?.attempts).toBe(MAX_MAIL_ATTEMPTS);
    // Given up: not tried again, not even once the server is back.
    expect(await sendPendingMail(d)).toEqual({ sent: 0, failed: 0 });
    expect(await sendPendingMail(production())).toEqual({ sent: 0, failed: 0 });
    expect((await rowsOf(ids))[0]?.attempts).toBe(MAX_MAIL_ATTEMPTS);
  });

  it('keeps the SMTP answer of a refused recipient and still sends the others', async () => {
    const ids = await queue('nobody@refused.example', 'ok@example.gov.vn');
    expect(await sendPendingMail(production())).toEqual({ sent: 1, failed: 1 });
    const [refused, ok] = await rowsOf(ids);
    expect(refused).toMatchObject({ sent_at: null, attempts: 1 });
    expect(refused?.last_error).toContain('550');
    expect(ok).toMatchObject({ sent_at: now, attempts: 1 });
    expect(received.map((m) => m.to)).toEqual([['ok@example.gov.vn']]);
  });
});
