import type { Config } from './config';
import type { DbHandle, Db } from './db/open-db';

/** What the app is built from; tests pass their own database and config. */
export type AppDeps = {
  config: Config;
  dbHandle: DbHandle;
  db: Db;
  /** The current time; tests move it to check expiry and lockout. */
  now: () => Date;
};
