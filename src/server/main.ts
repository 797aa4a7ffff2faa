import { createApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { DataDirLockedError } from './db/data-dir-lock';
import { DatabaseUnavailableError, openDatabase, type DbHandle } from './db/open-db';
import { prepareDatabase } from './db/prepare';
import { seedDemoIfEmpty } from './demo/demo-seed';
import { seedChildren } from './modules/children/seed/seed-children';
import { DEMO_PASSWORD } from './demo/demo-data';
import { seedDemoCases } from './demo/demo-cases';
import { seedDemoActionMonth } from './demo/demo-action-month';
import { seedDemoFund } from './demo/demo-fund';
import type { FastifyInstance } from 'fastify';
import { startJobs } from './jobs/scheduler';

/** loadConfig → openDb → migrate → createApp → listen (architecture.md, "Layout"). */
function fail(message: string): never {
  process.stderr.write(`\n✖ Treem cannot start.\n${message}\n\n`);
  process.exit(1);
}

function describeDatabase(config: Config): string {
  return config.database.kind === 'pglite'
    ? `embedded PostgreSQL (PGlite) in ${config.database.dataDir}`
    : 'PostgreSQL server (DATABASE_URL)';
}

async function start(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }

  let handle: DbHandle;
  try {
    handle = await openDatabase(config.database);
  } catch (err) {
    if (err instanceof DataDirLockedError || err instanceof DatabaseUnavailableError) fail(err.message);
    throw err;
  }

  // Set once the app is built; the signal handlers are installed before, so they may find it empty.
  const running: { app?: FastifyInstance; jobs?: ReturnType<typeof startJobs> } = {};
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping Treem…\n`);
    try {
      await running.jobs?.stop();
      await running.app?.close();
    } finally {
      await handle.close();
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const prepared = await prepareDatabase(handle);
  const demo = config.mode === 'demo' ? await seedDemoIfEmpty(handle.db) : undefined;
  // The demo register: synthetic children of Khánh Hoà (the demo province), added once with the demo users.
  if (demo?.seeded)
    await seedChildren(handle, {
      count: 3000,
      province: '56',
      seed: 'demo',
      encryptionKey: config.encryptionKey,
    });
  // Demo reports and cases at each point of the procedure (synthetic), through the real services.
  if (demo?.seeded) await seedDemoCases({ config, db: handle.db, now: () => new Date() });
  // Demo Action Month plans and reports, and the demo fund's ledger (issue #5), after the register they point at.
  if (demo?.seeded) await seedDemoActionMonth({ config, db: handle.db, now: () => new Date() });
  if (demo?.seeded) await seedDemoFund({ config, db: handle.db, now: () => new Date() });
  const app = await createApp({ config, dbHandle: handle, db: handle.db, now: () => new Date() });
  running.app = app;
  await app.listen({ port: config.port, host: config.host });
  running.jobs = startJobs({ config, dbHandle: handle, db: handle.db, now: () => new Date() }, app.log);

  const lines = [
    '',
    `Treem is running at ${config.publicUrl}  (${config.mode} mode, ${describeDatabase(config)})`,
    `  API documentation: ${config.publicUrl}/api/docs`,
  ];
  if (prepared.migrations.length)
    lines.push(`  Database prepared: ${prepared.migrations.length} migration(s) applied.`);
  if (demo) {
    lines.push(
      '',
      '  DỮ LIỆU MẪU / DEMO — log in with one of these users, password: ' + DEMO_PASSWORD,
      ...demo.users.map(
        (u) => `    ${u.username.padEnd(14)} ${u.role}${u.unitCode ? ` (${u.unitCode})` : ''}`,
      ),
      '  (quantri is an administrator: it sets up a second factor at first login.)',
    );
  } else {
    const anyUser = await handle.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (!anyUser)
      lines.push(
        '',
        '  No user exists yet. Create the first administrator with:',
        '    npx treem user create --username admin --name "Quản trị" --role system_admin --password-stdin',
      );
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

start().catch((err: unknown) => {
  fail(err instanceof Error ? err.message : String(err));
});
