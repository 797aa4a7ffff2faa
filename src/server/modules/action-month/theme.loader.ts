import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../../db/open-db';
import { parseCsvObjects } from '../../lib/csv';
import { recordAudit, SYSTEM_ACTOR } from '../../audit/audit.repo';
import { REFERENCE_DIR } from '../reference/reference.loader';

const FILE = 'action-month-themes.csv';
const DATASET = 'action-month-themes';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type ThemeReferenceRow = {
  year: number;
  theme: string;
  slogans: string[];
  guiding_document: string | null;
  period_start: string;
  period_end: string;
  commune_report_due: string;
  province_report_due: string;
  source: string;
};

/** Reads and checks data/reference/action-month-themes.csv (see its README section: what is verified). */
export function readThemeFile(dir = REFERENCE_DIR): { rows: ThemeReferenceRow[]; checksum: string } {
  const text = fs.readFileSync(path.join(dir, FILE), 'utf8');
  const checksum = crypto.createHash('sha256').update(text).digest('hex');
  const rows = parseCsvObjects(text).map((r): ThemeReferenceRow => {
    const need = (k: string): string => {
      const v = r[k]?.trim();
      if (!v) throw new Error(`data/reference/${FILE}: missing ${k} in ${JSON.stringify(r)}`);
      return v;
    };
    const date = (k: string): string => {
      const v = need(k);
      if (!ISO_DATE.test(v)) throw new Error(`data/reference/${FILE}: ${k} is not YYYY-MM-DD: ${v}`);
      return v;
    };
    return {
      year: Number(need('year')),
      theme: need('theme').normalize('NFC'),
      slogans: (r.slogans ?? '')
        .split('|')
        .map((s) => s.normalize('NFC').trim())
        .filter(Boolean),
      guiding_document: r.guiding_document?.trim() ? r.guiding_document.normalize('NFC').trim() : null,
      period_start: date('period_start'),
      period_end: date('period_end'),
      commune_report_due: date('commune_report_due'),
      province_report_due: date('province_report_due'),
      source: need('source'),
    };
  });
  return { rows, checksum };
}

/**
 * Loads the verified Action Month themes of 2016–2025 on start (issue #5 item 1). Idempotent and cheap: an unchanged
 * file (same checksum) is not read into the database again. Rows are only inserted when the year is missing, so a
 * national officer's edit of a reference year survives restarts and new releases of the file.
 */
export async function loadActionMonthThemes(db: Db, dir = REFERENCE_DIR): Promise<{ loaded: boolean }> {
  const { rows, checksum } = readThemeFile(dir);
  const existing = await db
    .selectFrom('reference_datasets')
    .select('checksum')
    .where('name', '=', DATASET)
    .executeTakeFirst();
  if (existing?.checksum === checksum) return { loaded: false };

  await db.transaction().execute(async (tx) => {
    // Serialises concurrent starts on one database (another key than the other loaders').
    await sql`SELECT pg_advisory_xact_lock(727536005)`.execute(tx);
    const inserted = await tx
      .insertInto('am_themes')
      .values(rows.map((r) => ({ ...r, is_reference: true })))
      .onConflict((oc) => oc.column('year').doNothing())
      .returning('year')
      .execute();
    await tx
      .insertInto('reference_datasets')
      .values({ name: DATASET, checksum, row_count: rows.length })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet({ checksum, row_count: rows.length, loaded_at: sql`now()` as unknown as Date }),
      )
      .execute();
    await recordAudit(tx, SYSTEM_ACTOR, {
      operation: 'reference.load',
      targetType: 'reference_dataset',
      targetIds: [DATASET],
      counts: { themes: rows.length, inserted: inserted.length },
    });
  });
  return { loaded: true };
}
