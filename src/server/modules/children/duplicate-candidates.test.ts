import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/test-db';
import { PLACES } from '../../../test/fixtures';
import type { DbHandle } from '../../db/open-db';
import {
  findDuplicateCandidates,
  findDuplicateCandidatesBulk,
  recordNotDuplicate,
} from './duplicate-candidates';

/** Duplicate detection as the create route and the import call it (set-based, many probes at once). */
let h: DbHandle;
const ids: Record<string, string> = {};

async function insert(
  key: string,
  v: {
    name: string;
    birth: string;
    precision?: 'day' | 'month' | 'year';
    commune?: string;
    pid?: string;
    phone?: string;
    status?: 'active' | 'merged';
  },
) {
  const id = crypto.randomUUID();
  ids[key] = id;
  const commune = v.commune ?? PLACES.communeA;
  await h.db
    .insertInto('children')
    .values({
      id,
      full_name: v.name,
      birth_date: v.birth,
      birth_precision: v.precision ?? 'day',
      sex: 'male',
      commune_code: commune,
      province_code: commune === PLACES.communeC ? PLACES.provinceB : PLACES.provinceA,
      personal_id: v.pid ?? null,
      status: v.status ?? 'active',
    })
    .execute();
  if (v.phone)
    await h.db
      .insertInto('child_caregivers')
      .values({ child_id: id, relation: 'mother', full_name: 'Mẹ', phone: v.phone })
      .execute();
}

beforeAll(async () => {
  h = await createTestDb();
  await insert('an', {
    name: 'Nguyễn Văn An',
    birth: '2016-03-10',
    pid: '056216000001',
    phone: '0912000001',
  });
  await insert('anYear', { name: 'Nguyễn Văn An', birth: '2014-01-01', precision: 'year' });
  await insert('anOther', { name: 'Nguyễn Văn An', birth: '2016-03-10', commune: PLACES.communeB });
  await insert('anHanoi', {
    name: 'Nguyễn Văn An',
    birth: '2016-03-10',
    commune: PLACES.communeC,
    phone: '0912000001',
  });
  await insert('merged', { name: 'Nguyễn Văn An', birth: '2016-03-11', status: 'merged' });
  await insert('binh', { name: 'Lê Thị Bình', birth: '2018-08-08' });
});
afterAll(async () => h.close());

describe('findDuplicateCandidatesBulk', () => {
  it('answers every probe with one query per criterion', async () => {
    const probes = [
      {
        fullName: 'NGUYEN VAN AN',
        birthDate: '2016-04-05',
        birthPrecision: 'day' as const,
        communeCode: PLACES.communeA,
      },
      {
        personalId: '056216000001',
        fullName: 'Khác',
        birthDate: '2010-01-01',
        birthPrecision: 'day' as const,
        communeCode: PLACES.communeB,
      },
      {
        fullName: 'Nguyễn Văn An',
        birthDate: '2015-01-01',
        birthPrecision: 'year' as const,
        communeCode: PLACES.communeA,
      },
      {
        fullName: 'Trần Văn Cường',
        birthDate: '2017-01-01',
        birthPrecision: 'day' as const,
        communeCode: PLACES.communeA,
        phones: ['0912000001', null],
      },
      {
        fullName: 'Lê Thị Bình',
        birthDate: '2018-10-01',
        birthPrecision: 'day' as const,
        communeCode: PLACES.communeA,
      },
    ];
    const [byName, byPid, byEstimate, byPhone, none] = await findDuplicateCandidatesBulk(h.db, probes);
    expect(byName?.map((c) => c.id)).toEqual([ids.an]); // 26 days off; not the other commune, not the merged one
    expect(byPid?.map((c) => [c.id, c.reasons])).toEqual([[ids.an, ['personal_id']]]);
    // An estimated year matches exact dates and estimates within a year.
    expect(byEstimate?.map((c) => c.id).sort()).toEqual([ids.an, ids.anYear].sort());
    expect(byPhone?.map((c) => c.id).sort()).toEqual([ids.an, ids.anHanoi].sort());
    expect(none).toEqual([]); // 54 days off
  });

  it('stays inside a scope when given one', async () => {
    const probe = {
      fullName: 'X',
      birthDate: '2017-01-01',
      birthPrecision: 'day' as const,
      communeCode: PLACES.communeA,
      phones: ['0912000001'],
    };
    const inA = await findDuplicateCandidates(h.db, probe, {
      scope: { kind: 'commune', communeCode: PLACES.communeA, provinceCode: PLACES.provinceA },
    });
    expect(inA.map((c) => c.id)).toEqual([ids.an]);
    const inHanoi = await findDuplicateCandidates(h.db, probe, {
      scope: { kind: 'province', provinceCode: PLACES.provinceB },
    });
    expect(inHanoi.map((c) => c.id)).toEqual([ids.anHanoi]);
    expect(
      await findDuplicateCandidates(h.db, probe, { scope: { kind: 'tasks', userId: crypto.randomUUID() } }),
    ).toEqual([]);
  });

  it('skips the probe itself, excluded ids and pairs recorded as not duplicates', async () => {
    const probe = {
      id: ids.an,
      fullName: 'Nguyễn Văn An',
      birthDate: '2016-03-10',
      birthPrecision: 'day' as const,
      communeCode: PLACES.communeA,
      phones: ['0912000001'],
    };
    // 2014 (estimated) is more than a year before 2016-03-10: only the phone match remains.
    const before = await findDuplicateCandidates(h.db, probe);
    expect(before.map((c) => c.id)).toEqual([ids.anHanoi]);
    await recordNotDuplicate(h.db, ids.an!, [ids.anHanoi!], null);
    await recordNotDuplicate(h.db, ids.an!, [ids.anHanoi!], null); // idempotent
    expect(await findDuplicateCandidates(h.db, probe)).toEqual([]);
    const estimate = {
      ...probe,
      id: undefined,
      birthDate: '2015-01-01',
      birthPrecision: 'year' as const,
      phones: [],
    };
    expect(
      (await findDuplicateCandidates(h.db, estimate, { excludeIds: [ids.anYear!] })).map((c) => c.id),
    ).toEqual([ids.an]);
    expect(await findDuplicateCandidatesBulk(h.db, [])).toEqual([]);
  });
});
