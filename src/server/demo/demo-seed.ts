import { hash } from '@node-rs/argon2';
import { sql } from 'kysely';
import type { Db } from '../db/open-db';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit.repo';
import { DEMO_AGENCIES, DEMO_PASSWORD, DEMO_USERS, type DemoUser } from './demo-data';

/**
 * Creates the demo (agencies and one user per role) when the database has no user yet. Production mode never calls
 * this (src/server/main.ts). One transaction: a half-seeded demo never exists.
 */
export async function seedDemoIfEmpty(db: Db): Promise<{ seeded: boolean; users: DemoUser[] }> {
  const existing = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (existing) return { seeded: false, users: DEMO_USERS };
  const passwordHash = await hash(DEMO_PASSWORD);
  await db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(727536003)`.execute(tx);
    const again = await tx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (again) return;
    const units = await tx
      .selectFrom('admin_units')
      .select(['code', 'province_code'])
      .where('era', '=', '2025')
      .where('code', 'in', [
        ...new Set(
          DEMO_AGENCIES.map((a) => a.unitCode).concat(
            DEMO_USERS.flatMap((u) => (u.unitCode ? [u.unitCode] : [])),
          ),
        ),
      ])
      .execute();
    const provinceOf = new Map(units.map((u) => [u.code, u.province_code]));
    const agencyIds = new Map<string, string>();
    for (const a of DEMO_AGENCIES) {
      const row = await tx
        .insertInto('agencies')
        .values({
          kind: a.kind,
          name: a.name,
          unit_code: a.unitCode,
          province_code: provinceOf.get(a.unitCode) ?? a.unitCode,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      agencyIds.set(a.key, row.id);
    }
    for (const u of DEMO_USERS) {
      await tx
        .insertInto('users')
        .values({
          username: u.username,
          display_name: u.displayName,
          // A reserved domain (RFC 2606): the outbox shows what would be sent, nothing can be delivered.
          email: `${u.username}@treem-demo.invalid`,
          password_hash: passwordHash,
          role: u.role,
          unit_era: u.unitCode ? '2025' : null,
          unit_code: u.unitCode,
          province_code: u.unitCode ? (provinceOf.get(u.unitCode) ?? null) : null,
          agency_id: u.agencyKey ? (agencyIds.get(u.agencyKey) ?? null) : null,
        })
        .execute();
    }
    await recordAudit(tx, SYSTEM_ACTOR, {
      operation: 'demo.seed',
      counts: { agencies: DEMO_AGENCIES.length, users: DEMO_USERS.length },
    });
  });
  return { seeded: true, users: DEMO_USERS };
}
