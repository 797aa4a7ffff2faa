import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openBenchDb, type Engine } from './lib/bench-db';
import { foundationSuite, printFigures, type Figure } from './suites/foundation';
import { registerSuite } from './suites/register';
import { importSuite } from './suites/import';
import { intakeSuite } from './suites/intake';

/**
 * `npm run bench [-- --engine pglite|postgres|both] [--iterations N] [--suite foundation|register|import|all]
 * [--children N]`. The register suite seeds 1,000,000 children on PostgreSQL and 200,000 on PGlite unless
 * --children says otherwise, and runs each search --register-iterations times (default 100). Each figure is printed beside its baseline
 * measured in the same run; results go to bench/results/<suite>-<engine>.json. The import suite takes --import-rows
 * (default 100,000) and --import-base (children seeded first: 100,000 on PostgreSQL, 20,000 on PGlite). Never a timed test (DEVELOPERS.md).
 * The PostgreSQL engine uses BENCH_DATABASE_URL (default: the local server) and creates and drops its own database.
 */
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const iterations = Number(arg('iterations') ?? 200);
const suiteArg = arg('suite') ?? 'all';
const childrenArg = arg('children');
const registerIterations = Number(arg('register-iterations') ?? 100);
const DEFAULT_CHILDREN: Record<Engine, number> = { postgres: 1_000_000, pglite: 200_000 };
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
    const suites = suiteArg === 'all' ? ['foundation', 'register', 'import', 'intake'] : [suiteArg];
    for (const suite of suites) {
      // Each suite on a fresh database: the register's million rows must not weigh on the foundation figures.
      const handle = await openBenchDb(engine, serverUrl);
      try {
        const rssBefore = process.resourceUsage().maxRSS;
        let figures: Figure[];
        let extra: Record<string, unknown> = {};
        if (suite === 'foundation') figures = await foundationSuite(handle, iterations);
        else if (suite === 'register') {
          const children = Number(childrenArg ?? DEFAULT_CHILDREN[engine]);
          figures = await registerSuite(handle, {
            children,
            iterations: registerIterations,
            log: (line) => process.stdout.write(`${line}\n`),
          });
          extra = {
            children,
            peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
            rssBeforeMb: Math.round(rssBefore / 1024),
          };
        } else if (suite === 'import') {
          // A commune's 100,000-row file, CSV and XLSX, into a register already holding children (suites/import.ts).
          const rows = Number(arg('import-rows') ?? 100_000);
          const baseChildren = Number(arg('import-base') ?? (engine === 'postgres' ? 100_000 : 20_000));
          figures = await importSuite(handle, {
            rows,
            baseChildren,
            log: (line) => process.stdout.write(`${line}\n`),
          });
          extra = { rows, baseChildren, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
        } else if (suite === 'intake') {
          // Report intake through HTTP and case-action latency (issue #4), each beside a bare insert.
          const requests = Number(arg('intake-requests') ?? 5000);
          const concurrency = Number(arg('concurrency') ?? 32);
          const instances = Number(arg('instances') ?? 2);
          figures = await intakeSuite(handle, {
            requests,
            concurrency,
            iterations,
            instances,
            log: (line) => process.stdout.write(`${line}\n`),
          });
          extra = { requests, concurrency, instances };
        } else throw new Error(`unknown suite ${suite} (foundation, register, import, intake, all)`);
        printFigures(`${suite} / ${engine}`, figures);
        const file = path.resolve(`bench/results/${suite}-${engine}.json`);
        fs.writeFileSync(
          file,
          JSON.stringify(
            {
              suite,
              engine,
              iterations: suite === 'register' ? registerIterations : iterations,
              at: new Date().toISOString(),
              node: process.version,
              ...extra,
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
  }
  process.stdout.write(`\npeak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
