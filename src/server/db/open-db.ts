import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import type { Config } from '../config';
import type { Database } from './schema';
import { lockDataDir, type DataDirLock } from './data-dir-lock';
import { installPgTypeParsers } from './pg-types';

export type Db = Kysely<Database>;

/** An open database: one Kysely over one pg.Pool, whichever the engine (architecture.md, "Data access"). */
export type DbHandle = {
  kind: 'pglite' | 'postgres';
  db: Db;
  pool: pg.Pool;
  /** The embedded engine, when there is one (dump/restore, tests). */
  pglite?: PGlite;
  close(): Promise<void>;
};

export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

const extensions = { pg_trgm, unaccent, btree_gin, pgcrypto };

export type PgliteOptions = {
  /** Folder on disk, or undefined for an in-memory database (tests). */
  dataDir?: string;
  fsync?: boolean;
  /** A dump made with dumpDataDir() to start from (tests start from a migrated template). */
  loadDataDir?: Blob;
};

export async function openPglite(opts: PgliteOptions): Promise<DbHandle> {
  installPgTypeParsers();
  let lock: DataDirLock | undefined;
  if (opts.dataDir) lock = lockDataDir(opts.dataDir);
  try {
    // PGlite starts with -F (fsync off). We keep fsync on by default so an acknowledged commit survives a power loss
    // as well as a crash; TREEM_PGLITE_FSYNC=false trades that for speed (docs/adr/0002-pglite-embedded.md).
    const startParams =
      opts.fsync === false ? undefined : PGlite.defaultStartParams.filter((p) => p !== '-F');
    const pglite = await PGlite.create({
      ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
      ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
      ...(startParams ? { startParams } : {}),
      extensions,
    });
    const pool = new pg.Pool(createPgConfig(pglite));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    let closed = false;
    return {
      kind: 'pglite',
      db,
      pool,
      pglite,
      async close() {
        if (closed) return;
        closed = true;
        await db.destroy();
        await pglite.close();
        lock?.release();
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

export async function openPostgres(url: string, poolSize = 10): Promise<DbHandle> {
  installPgTypeParsers();
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Errors on queries still reach the caller.
  });
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => undefined);
    const safeUrl = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
    throw new DatabaseUnavailableError(
      `Cannot connect to PostgreSQL at ${safeUrl}: ${(err as Error).message}. ` +
        `Check DATABASE_URL and that the server is running.`,
      { cause: err },
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    kind: 'postgres',
    db,
    pool,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

export function openDatabase(cfg: Config['database']): Promise<DbHandle> {
  return cfg.kind === 'postgres'
    ? openPostgres(cfg.url)
    : openPglite({ dataDir: cfg.dataDir, fsync: cfg.fsync });
}
