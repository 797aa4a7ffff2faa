import pg from 'pg';

/**
 * Type parsing shared by the server pool and the PGlite adapter, so both engines return the same JS values:
 * bigint counts as numbers (our counts stay far below 2^53), dates as 'YYYY-MM-DD' strings (no time-zone drift).
 */
let installed = false;
export function installPgTypeParsers(): void {
  if (installed) return;
  installed = true;
  pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));
  pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
}
