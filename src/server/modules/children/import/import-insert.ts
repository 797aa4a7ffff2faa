import fs from 'node:fs';
import readline from 'node:readline';
import { cipherOf, type ChildrenDeps } from '../children.service';
import { createIdSource } from '../seed/ids';
import { newBatch, type Batch, type BatchWriter } from './import-writers';
import type { ParsedRow } from './row-parse';

/**
 * The inserts of an import, in batches, all inside the caller's ONE transaction (so an import is complete or
 * absent). Ids are generated here, so each encrypted group code is bound to its row (child-crypto.ts contexts).
 * History: one 'import' row per child naming the fields given (the values are the row itself), and one
 * 'circumstance.add' row per group, encrypted like the register's own, so a user without children.read_sensitive
 * never sees a sensitive group in the history either.
 *
 * One batch is in flight while the next is being built: the database works on batch k while this process prepares
 * (and, when validation feeds it directly, validates) batch k + 1.
 */
export type InsertCounts = { children: number; caregivers: number; circumstances: number };

const BATCH = 2000;

/** The fields of a child row as the history names them. */
function givenFields(r: ParsedRow): string[] {
  const c = r.child;
  const f = ['fullName', 'birthDate', 'sex', 'communeCode'];
  if (c.personalId) f.push('personalId');
  if (c.ethnicityCode) f.push('ethnicityCode');
  if (c.village) f.push('village');
  if (c.addressLine) f.push('addressLine');
  if (c.householdPoverty !== 'unknown') f.push('householdPoverty');
  if (c.schooling !== 'unknown') f.push('schooling');
  if (c.schoolName) f.push('schoolName');
  if (c.disabilityType) f.push('disabilityType');
  if (c.disabilityLevel) f.push('disabilityLevel');
  if (c.healthInsurance !== null && c.healthInsurance !== undefined) f.push('healthInsurance');
  if (c.birthRegistered !== null && c.birthRegistered !== undefined) f.push('birthRegistered');
  if (c.caregivers.length > 0) f.push('caregivers');
  return f;
}

export class ImportInserter {
  readonly counts: InsertCounts = { children: 0, caregivers: 0, circumstances: 0 };
  private batch: Batch = newBatch();
  private inFlight: Promise<void> = Promise.resolve();
  private readonly write: BatchWriter;
  private readonly deps: ChildrenDeps;
  private readonly startDate: string;
  private readonly onProgress: (inserted: number) => void;
  // Time-ordered ids (seed/ids.ts): consecutive rows land on the same pages of the primary key and of the
  // child_id indexes of caregivers and history, instead of random pages of ever larger indexes.
  private readonly newId = createIdSource();

  constructor(
    write: BatchWriter,
    deps: ChildrenDeps,
    input: { startDate: string; onProgress: (inserted: number) => void },
  ) {
    this.write = write;
    this.deps = deps;
    this.startDate = input.startDate;
    this.onProgress = input.onProgress;
  }

  async add(r: ParsedRow): Promise<void> {
    const cipher = cipherOf(this.deps);
    const { kids, carers, circs, history, circHistory } = this.batch;
    const c = r.child;
    const id = this.newId();
    kids.id.push(id);
    kids.personal_id.push(c.personalId ?? null);
    kids.full_name.push(c.fullName);
    kids.birth_date.push(c.birthDate);
    kids.birth_precision.push(c.birthPrecision);
    kids.sex.push(c.sex);
    kids.ethnicity_code.push(c.ethnicityCode ?? null);
    kids.commune_code.push(c.communeCode);
    kids.province_code.push(r.provinceCode);
    kids.village.push(c.village);
    kids.address_line.push(c.addressLine);
    kids.household_poverty.push(c.householdPoverty);
    kids.schooling.push(c.schooling);
    kids.school_name.push(c.schoolName);
    kids.disability_type.push(c.disabilityType);
    kids.disability_level.push(c.disabilityLevel ?? null);
    kids.health_insurance.push(c.healthInsurance ?? null);
    kids.birth_registered.push(c.birthRegistered ?? null);
    c.caregivers.forEach((g, i) => {
      carers.child_id.push(id);
      carers.relation.push(g.relation);
      carers.full_name.push(g.fullName);
      carers.phone.push(g.phone);
      carers.is_primary.push(g.isPrimary);
      carers.sort.push(i);
    });
    for (const code of r.groups) {
      const cid = this.newId();
      circs.id.push(cid);
      circs.child_id.push(id);
      circs.group_key.push(cipher.groupKey(code));
      circs.group_enc.push(cipher.encryptGroup(cid, code));
      circs.start_date.push(this.startDate);
      const after = { id: cid, groupCode: code, subgroupCode: null, startDate: this.startDate, note: null };
      circHistory.push({
        childId: id,
        changesEnc: cipher.encryptChanges(id, { circumstance: { before: null, after } }),
      });
    }
    const key = givenFields(r).join(',');
    const ids = history.get(key);
    if (ids) ids.push(id);
    else history.set(key, [id]);
    if (kids.id.length >= BATCH) await this.send();
  }

  /** Sends the current batch once the previous one is done; a failure surfaces at the next add or at finish. */
  private async send(): Promise<void> {
    const batch = this.batch;
    this.batch = newBatch();
    await this.inFlight;
    this.inFlight = this.written(batch);
    // Handled here so a failure between two adds is not an unhandled rejection; awaiting it still throws.
    this.inFlight.catch(() => undefined);
  }

  private async written(b: Batch): Promise<void> {
    await this.write(b);
    this.counts.children += b.kids.id.length;
    this.counts.caregivers += b.carers.child_id.length;
    this.counts.circumstances += b.circs.id.length;
    this.onProgress(this.counts.children);
  }

  async finish(): Promise<InsertCounts> {
    await this.send();
    await this.inFlight;
    return this.counts;
  }

  /** Waits for the batch in flight, ignoring its outcome (the transaction is being abandoned). */
  async settle(): Promise<void> {
    await this.inFlight.catch(() => undefined);
  }
}

/** Inserts the rows of a spool file (validated earlier: a dry run, or the embedded database). */
export async function insertSpooledRows(inserter: ImportInserter, spoolPath: string): Promise<InsertCounts> {
  const lines = readline.createInterface({ input: fs.createReadStream(spoolPath), crlfDelay: Infinity });
  try {
    for await (const line of lines) if (line !== '') await inserter.add(JSON.parse(line) as ParsedRow);
    return await inserter.finish();
  } catch (err) {
    await inserter.settle();
    throw err;
  }
}
