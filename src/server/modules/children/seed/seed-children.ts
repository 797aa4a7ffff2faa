import type { Config } from '../../../config';
import type { DbHandle } from '../../../db/open-db';
import { vietnamToday } from '../../../../shared/reference/child-age';
import { childCipher, type ChildCipher } from '../child-crypto';
import { copyValue as v, withCopySink, type CopySink } from './copy-sink';
import { createChildGenerator, type GeneratorOptions, type SeedChild } from './generate';
import type { SeedCommune } from './places';
import { deferIndexesAndKeys, restoreIndexesAndKeys, type Deferred } from './bulk-mode';

/**
 * `seedChildren`: loads N synthetic children (with caregivers, special circumstances and risk flags) into the
 * register through COPY, in one transaction, audited as `child.seed`. For the demo, `npx treem seed` and the
 * benchmark. Synthetic data only: never a real child.
 */
export type SeedOptions = {
  count: number;
  /** A 2025 province code: only its communes; otherwise every commune of the country. */
  province?: string | undefined;
  seed?: string | number | undefined;
  /** Reference date of the ages (default: today in Vietnam). */
  asOf?: string | undefined;
  /** The field encryption key (config.encryptionKey): group codes are encrypted and blind-indexed. */
  encryptionKey: Config['encryptionKey'];
  chunkSize?: number;
  /**
   * Drop and rebuild the secondary indexes and foreign keys around the load (./bulk-mode.ts). Default: when the
   * seed has at least 50,000 children and is at least as large as the register already is.
   */
  bulk?: boolean | undefined;
  onProgress?: (done: number, total: number) => void;
};

export type SeedResult = {
  children: number;
  caregivers: number;
  circumstances: number;
  riskFlags: number;
  ms: number;
  rowsPerSecond: number;
  bulk: boolean;
  /** Where the time went: generating and copying, rebuilding indexes and keys (bulk mode), ANALYZE. */
  phases: { loadMs: number; indexMs: number; analyzeMs: number };
};

const LOADED_TABLES = ['children', 'child_caregivers', 'child_circumstances', 'child_risk_flags'] as const;

export const CHILD_COPY_COLUMNS = [
  'id', 'personal_id', 'full_name', 'birth_date', 'birth_precision', 'sex', 'ethnicity_code', 'commune_code',
  'province_code', 'village', 'address_line', 'household_poverty', 'schooling', 'disability_type',
  'disability_level', 'health_insurance', 'birth_registered', 'sensitive_enc',
] as const; // prettier-ignore
const CAREGIVER_COLUMNS = ['id', 'child_id', 'relation', 'full_name', 'phone', 'is_primary', 'sort'] as const;
const CIRCUMSTANCE_COLUMNS = [
  'id',
  'child_id',
  'group_key',
  'group_enc',
  'subgroup_enc',
  'start_date',
] as const;
const RISK_FLAG_COLUMNS = ['id', 'child_id', 'flag_code', 'since'] as const;

/** Lines of the COPY text format of one chunk, for the four tables. */
type Chunk = {
  children: string;
  caregivers: string;
  circumstances: string;
  riskFlags: string;
  counts: number[];
};

const N = '\\N';
const b = (x: boolean | null) => (x === null ? N : x ? 't' : 'f');

/** One child as a line of COPY text format. Names, villages and codes never hold tabs or backslashes. */
export function childCopyLine(c: SeedChild, sensitiveEnc: string | null): string {
  return (
    `${c.id}\t${c.personalId ?? N}\t${v(c.fullName)}\t${c.birthDate}\t${c.birthPrecision}\t${c.sex}\t` +
    `${c.ethnicityCode ?? N}\t${c.communeCode}\t${c.provinceCode}\t${v(c.village)}\t${v(c.addressLine)}\t` +
    `${c.householdPoverty}\t${c.schooling}\t${c.disabilityType ?? N}\t${c.disabilityLevel ?? N}\t` +
    `${b(c.healthInsurance)}\t${b(c.birthRegistered)}\t${sensitiveEnc ?? N}`
  );
}

function sensitiveOf(c: SeedChild, cipher: ChildCipher): string | null {
  if (c.circumstances.length === 0) return null;
  const groups = new Set(c.circumstances.map((x) => x.group));
  if (!groups.has('đ') && !groups.has('g') && !groups.has('e')) return null;
  return cipher.encryptSensitive(c.id, {
    hivStatus: groups.has('đ') ? 'living_with_hiv' : null,
    drugUse: groups.has('g') ? true : null,
    conflictWithLaw: groups.has('e') ? true : null,
    healthNotes: null,
  });
}

function buildChunk(gen: { next(): SeedChild }, n: number, cipher: ChildCipher): Chunk {
  const children: string[] = [];
  const caregivers: string[] = [];
  const circumstances: string[] = [];
  const riskFlags: string[] = [];
  for (let i = 0; i < n; i++) {
    const c = gen.next();
    children.push(childCopyLine(c, sensitiveOf(c, cipher)));
    for (const g of c.caregivers)
      caregivers.push(
        `${g.id}\t${c.id}\t${g.relation}\t${v(g.fullName)}\t${g.phone ?? N}\t${b(g.isPrimary)}\t${g.sort}`,
      );
    for (const s of c.circumstances)
      circumstances.push(
        [
          s.id,
          c.id,
          cipher.groupKey(s.group),
          cipher.encryptGroup(s.id, s.group),
          cipher.encryptSubgroup(s.id, s.subgroup),
          s.startDate,
        ]
          .map(v)
          .join('\t'),
      );
    for (const f of c.riskFlags) riskFlags.push([f.id, c.id, f.flagCode, f.since].map(v).join('\t'));
  }
  const text = (lines: string[]) => (lines.length ? `${lines.join('\n')}\n` : '');
  return {
    children: text(children),
    caregivers: text(caregivers),
    circumstances: text(circumstances),
    riskFlags: text(riskFlags),
    counts: [children.length, caregivers.length, circumstances.length, riskFlags.length],
  };
}

/** The reference lists the generator draws codes from (loaded by prepareDatabase). */
async function loadGeneratorInputs(
  sink: CopySink,
  province: string | undefined,
): Promise<Omit<GeneratorOptions, 'seed' | 'asOf'>> {
  const communes = await sink.query<{ code: string; provinceCode: string; type: string }>(
    `SELECT code, province_code AS "provinceCode", type FROM admin_units
      WHERE era = '2025' AND level = 'commune' AND ($1::text IS NULL OR province_code = $1) ORDER BY code`,
    [province ?? null],
  );
  if (communes.length === 0)
    throw new Error(`no 2025 commune found${province ? ` in province ${province}` : ''}`);
  const ethnic = await sink.query<{ code: string; key: string }>(
    `SELECT code, regexp_replace(f_search_text(name_vi), '[^a-z]', '', 'g') AS key FROM ethnic_groups`,
  );
  const byKey = new Map(ethnic.map((e) => [e.key, e.code]));
  const ethnicCodes: GeneratorOptions['ethnicCodes'] = {
    kinh: byKey.get('kinh'),
    tay: byKey.get('tay'),
    nung: byKey.get('nung'),
    thai: byKey.get('thai'),
    muong: byKey.get('muong'),
    hmong: byKey.get('hmong') ?? byKey.get('mong'),
    dao: byKey.get('dao'),
    khmer: byKey.get('khome') ?? byKey.get('khmer'),
    hoa: byKey.get('hoa'),
    jrai: byKey.get('giarai'),
    ede: byKey.get('ede'),
  };
  const subs = await sink.query<{ code: string; group_code: string }>(
    `SELECT code, group_code FROM circumstance_subgroups WHERE is_active ORDER BY sort, code`,
  );
  const subgroups = new Map<string, string[]>();
  for (const s of subs) subgroups.set(s.group_code, [...(subgroups.get(s.group_code) ?? []), s.code]);
  const flags = await sink.query<{ code: string }>(
    `SELECT code FROM risk_flag_types WHERE is_active ORDER BY sort, code`,
  );
  const [{ n } = { n: 0 }] = await sink.query<{ n: number }>(`SELECT count(*)::int AS n FROM children`);
  return {
    communes: communes satisfies SeedCommune[],
    ethnicCodes,
    subgroups,
    riskFlagCodes: flags.map((f) => f.code),
    serialStart: n,
  };
}

export async function seedChildren(handle: DbHandle, opts: SeedOptions): Promise<SeedResult> {
  if (!Number.isInteger(opts.count) || opts.count < 0) throw new Error('count must be a whole number ≥ 0');
  const started = performance.now();
  const chunkSize = opts.chunkSize ?? 20_000;
  const cipher = childCipher(opts.encryptionKey);
  const totals = [0, 0, 0, 0];
  let bulk = false;
  const phases = { loadMs: 0, indexMs: 0, analyzeMs: 0 };
  await withCopySink(handle, async (sink) => {
    const inputs = await loadGeneratorInputs(sink, opts.province);
    bulk = opts.bulk ?? (opts.count >= 50_000 && opts.count >= (inputs.serialStart ?? 0));
    let deferred: Deferred | undefined;
    if (bulk) deferred = await deferIndexesAndKeys(sink, LOADED_TABLES);
    const gen = createChildGenerator({
      ...inputs,
      seed: opts.seed ?? 1,
      asOf: opts.asOf ?? vietnamToday(),
    });
    const write = async (chunk: Chunk) => {
      await sink.copy('children', CHILD_COPY_COLUMNS, chunk.children);
      if (chunk.caregivers) await sink.copy('child_caregivers', CAREGIVER_COLUMNS, chunk.caregivers);
      if (chunk.circumstances)
        await sink.copy('child_circumstances', CIRCUMSTANCE_COLUMNS, chunk.circumstances);
      if (chunk.riskFlags) await sink.copy('child_risk_flags', RISK_FLAG_COLUMNS, chunk.riskFlags);
      chunk.counts.forEach((c, i) => (totals[i] = (totals[i] ?? 0) + c));
      opts.onProgress?.(totals[0] ?? 0, opts.count);
    };
    // The next chunk is generated while the server loads the previous one (two cores at work on PostgreSQL).
    let pending: Promise<void> | undefined;
    for (let done = 0; done < opts.count; done += chunkSize) {
      const chunk = buildChunk(gen, Math.min(chunkSize, opts.count - done), cipher);
      await pending;
      pending = write(chunk);
    }
    await pending;
    phases.loadMs = Math.round(performance.now() - started);
    let at = performance.now();
    if (deferred) await restoreIndexesAndKeys(sink, deferred);
    phases.indexMs = Math.round(performance.now() - at);
    at = performance.now();
    // Fresh statistics, so the planner knows how common each syllable is (search plans depend on it).
    if (bulk) for (const t of LOADED_TABLES) await sink.query(`ANALYZE ${t}`);
    phases.analyzeMs = Math.round(performance.now() - at);
    await sink.query(
      `INSERT INTO audit_log (operation, actor_username, actor_name, actor_role, province_code, counts)
       VALUES ('child.seed', 'system', 'Hệ thống', 'system', $1, $2::jsonb)`,
      [
        opts.province ?? null,
        JSON.stringify({
          children: totals[0],
          caregivers: totals[1],
          circumstances: totals[2],
          riskFlags: totals[3],
        }),
      ],
    );
  });
  const ms = performance.now() - started;
  return {
    children: totals[0] ?? 0,
    caregivers: totals[1] ?? 0,
    circumstances: totals[2] ?? 0,
    riskFlags: totals[3] ?? 0,
    ms: Math.round(ms),
    rowsPerSecond: Math.round(((totals[0] ?? 0) / Math.max(ms, 1)) * 1000),
    bulk,
    phases,
  };
}
