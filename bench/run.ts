import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openBenchDb, type Engine } from './lib/bench-db';
import { foundationSuite, printFigures } from './suites/foundation';

/**
 * `npm run bench [-- --engine pglite|postgres|both] [--iterations N]`. Each figure is printed beside its baseline
 * measured in the same run; results go to bench/results/<suite>-<engine>.json. Never a timed test (DEVELOPERS.md).
 * The PostgreSQL engine uses BENCH_DATABASE_URL (default: the local server) and creates and drops its own database.
 */
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const iterations = Number(arg('iterations') ?? 200);
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function serverReachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const wanted = (arg('engine') ?? 'both') as Engine | 'both';
  const engines: Engine[] = wanted === 'both' ? ['pglite', 'postgres'] : [wanted];
  fs.mkdirSync(path.resolve('bench/results'), { recursive: true });
  for (const engine of engines) {
    if (engine === 'postgres' && !(await serverReachable(serverUrl))) {
      process.stdout.write(
        `\n== postgres == skipped: no server at ${serverUrl.replace(/:[^@/]*@/, ':***@')}\n`,
      );
      continue;
    }
    const handle = await openBenchDb(engine, serverUrl);
    try {
      const figures = await foundationSuite(handle, iterations);
      printFigures(engine, figures);
      const file = path.resolve(`bench/results/foundation-${engine}.json`);
      fs.writeFileSync(
        file,
        JSON.stringify(
          {
            suite: 'foundation',
            engine,
            iterations,
            at: new Date().toISOString(),
            node: process.version,
            figures,
          },
          null,
          2,
        ) + '\n',
      );
    } finally {
      await handle.close();
    }
  }
  process.stdout.write(`\npeak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
