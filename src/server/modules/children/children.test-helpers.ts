import crypto from 'node:crypto';
import { expect } from 'vitest';
import type { TestClient } from '../../../test/test-app';
import { PLACES } from '../../../test/fixtures';
import type { Child } from '../../../shared/domain/Child';
import { addYearsMonths, vietnamToday } from '../../../shared/reference/child-age';

/** A date `years` years (and `days` days) before today in Vietnam. */
export function yearsAgo(years: number, days = 0): string {
  const d = new Date(`${addYearsMonths(vietnamToday(), -years)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

let seq = 0;
/** A synthetic child (never a real one): unique name and phone unless given. */
export function childInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  seq += 1;
  const n = String(seq).padStart(4, '0');
  return {
    transactionId: crypto.randomUUID(),
    fullName: `Trần Thị Thu Hà ${n}`,
    birthDate: yearsAgo(8, seq),
    sex: 'female',
    communeCode: PLACES.communeA,
    ethnicityCode: '01',
    village: 'Tổ dân phố 3',
    householdPoverty: 'near_poor',
    schooling: 'primary',
    caregivers: [
      { relation: 'mother', fullName: 'Lê Thị Mai', phone: `090${n}${n.slice(1)}`, isPrimary: true },
    ],
    ...overrides,
  };
}

export async function createChildAs(
  client: TestClient,
  overrides: Record<string, unknown> = {},
): Promise<Child> {
  const res = await client.post('/api/children', childInput(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Child>();
}
