import crypto from 'node:crypto';
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import Fastify from 'fastify';
import { sql } from 'kysely';
import type { AddressInfo } from 'node:net';
import type { DbHandle } from '../../src/server/db/open-db';
import { benchApp, benchSession } from '../lib/bench-app';
import { measure } from '../lib/stats';
import { runLoad } from '../lib/load-client';
import type { Figure } from './foundation';

/**
 * Report intake (issue #4 item 10): POST /api/reports over real HTTP with keep-alive connections, as fast as the
 * server answers, beside a bare Fastify route that inserts one 1 KB jsonb row in its own transaction through the
 * same pool (the raw limit of db-baselines.md §4). Then the latency of one case action beside one bare insert.
 * Reports go to the communes of two provinces, as a national hotline's traffic would.
 */
export async function intakeSuite(
  handle: DbHandle & { url?: string },
  opts: {
    requests: number;
    concurrency: number;
    iterations: number;
    /** PostgreSQL only: also measure this many app instances, each its own process, on the same database. */
    instances: number;
    log: (line: string) => void;
  },
): Promise<Figure[]> {
  const figures: Figure[] = [];
  const app = await benchApp(handle);
  const session = await benchSession(handle, {
    username: 'bench.111',
    role: 'hotline_counsellor',
    unitCode: null,
    provinceCode: null,
  });
  const communes = (
    await handle.db
      .selectFrom('admin_units')
      .select('code')
      .where('era', '=', '2025')
      .where('level', '=', 'commune')
      .where('province_code', 'in', ['56', '01'])
      .execute()
  ).map((r) => r.code);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;

  await sql`CREATE TABLE IF NOT EXISTS bench_bare_reports (id uuid PRIMARY KEY, body jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now())`.execute(handle.db);
  const bare = Fastify({ logger: false });
  bare.post('/bare', async (req) => {
    const id = crypto.randomUUID();
    await handle.db.transaction().execute(async (tx) => {
      await sql`INSERT INTO bench_bare_reports (id, body) VALUES (${id}, ${JSON.stringify(req.body)})`.execute(
        tx,
      );
    });
    return { id };
  });
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const barePort = (bare.server.address() as AddressInfo).port;

  try {
    const headers = { cookie: session.cookie, 'x-csrf-token': 'x', origin: `http://127.0.0.1:${port}` };
    const job = (ports: number[], path: string, h: Record<string, string>, total: number) =>
      runLoad({ ports, path, headers: h, total, concurrency: opts.concurrency, communes });
    // Warm-up: JIT, caches, pool connections.
    await job([port], '/api/reports', headers, 200);
    const ours = await job([port], '/api/reports', headers, opts.requests);
    const baseline = await job([barePort], '/bare', {}, opts.requests);
    opts.log(`intake: ${ours.rps} reports/s (${ours.errors} errors) vs bare insert ${baseline.rps}/s`);
    figures.push({
      name: `report intake POST /api/reports, ${opts.concurrency} connections (req/s; errors ${ours.errors})`,
      ours: ours.rps,
      baseline: baseline.rps,
      baselineName: `bare route: one 1 KB jsonb insert per transaction (errors ${baseline.errors})`,
      unit: 'req/s',
    });
    figures.push({
      name: 'report intake latency under that load',
      ours: ours.latency,
      baseline: baseline.latency,
      baselineName: 'bare insert latency under the same load',
      unit: 'ms',
    });

    if (handle.url && opts.instances > 1) {
      // The scale-out path: several stateless instances on one database (architecture.md), each its own process.
      const instances = await startInstances(handle.url, opts.instances);
      try {
        const ports = instances.map((i) => i.port);
        await job(ports, '/api/reports', headers, 200);
        const many = await job(ports, '/api/reports', headers, opts.requests);
        opts.log(`intake, ${opts.instances} instances: ${many.rps} reports/s (${many.errors} errors)`);
        figures.push({
          name: `report intake, ${opts.instances} app instances (processes) on the database (req/s; errors ${many.errors})`,
          ours: many.rps,
          baseline: baseline.rps,
          baselineName: 'bare route, one process (as above)',
          unit: 'req/s',
        });
      } finally {
        await Promise.all(instances.map((i) => i.stop()));
      }
    }

    // One case action at a time (a NOTE on an open case: the whole append path, no state change).
    const caseRow = await handle.db.selectFrom('cases').select('id').limit(1).executeTakeFirstOrThrow();
    const officer = await benchSession(handle, {
      username: 'bench.tinh',
      role: 'province_officer',
      unitCode: null,
      provinceCode: null,
    });
    const province = await handle.db
      .selectFrom('cases')
      .select('province_code')
      .where('id', '=', caseRow.id)
      .executeTakeFirstOrThrow();
    await handle.db
      .updateTable('users')
      .set({ unit_code: province.province_code, province_code: province.province_code, unit_era: '2025' })
      .where('id', '=', officer.userId)
      .execute();
    const action = await measure(async () => {
      const res = await app.inject({
        method: 'POST',
        url: `/api/cases/${caseRow.id}/actions`,
        headers: { cookie: officer.cookie, 'x-csrf-token': 'x' },
        payload: {
          type: 'NOTE',
          transactionId: crypto.randomUUID(),
          data: {},
          text: { note: 'Ghi chú đo lường.' },
        },
      });
      if (res.statusCode !== 200) throw new Error(`case action: ${res.statusCode} ${res.body}`);
    }, opts.iterations);
    const bareOne = await measure(
      () =>
        handle.db.transaction().execute(async (tx) => {
          await sql`INSERT INTO bench_bare_reports (id, body) VALUES (${crypto.randomUUID()}, '{}')`.execute(
            tx,
          );
        }),
      opts.iterations,
    );
    figures.push({
      name: 'case action POST /api/cases/:id/actions (NOTE; the case has ~1 action), one at a time',
      ours: action,
      baseline: bareOne,
      baselineName: 'one bare insert in its own transaction',
      unit: 'ms',
    });
  } finally {
    await bare.close();
    await app.close();
  }
  return figures;
}

async function startInstances(
  url: string,
  n: number,
): Promise<{ port: number; stop: () => Promise<void> }[]> {
  const script = path.resolve(import.meta.dirname, '../lib/intake-instance.ts');
  return Promise.all(
    Array.from({ length: n }, async () => {
      const child: ChildProcess = fork(script, [], {
        execArgv: ['--import', 'tsx'],
        env: { ...process.env, BENCH_INSTANCE_URL: url },
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      const port = await new Promise<number>((resolve, reject) => {
        child.once('message', (m) => resolve((m as { port: number }).port));
        child.once('exit', (code) => reject(new Error(`instance exited with ${code}`)));
      });
      const stop = () =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.send('stop');
        });
      return { port, stop };
    }),
  );
}
