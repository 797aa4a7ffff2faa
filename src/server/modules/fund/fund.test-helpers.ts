import crypto from 'node:crypto';
import { expect } from 'vitest';
import type { TestClient } from '../../../test/test-app';
import type { z } from 'zod';
import type { Disbursement, DisclosureSummary, Donation, Donor, Fund } from '../../../shared/domain/Fund';

/** Test helpers of the fund: valid bodies, and the calls that make a fund, a donor, a donation, a disbursement. */

export const uuid = () => crypto.randomUUID();

/** The list answers (Fund.ts exports their schemas, not their types). */
export type ListOf<T> = { items: T[]; total: number };
export type FundListBody = ListOf<Fund>;
export type DonorListBody = ListOf<Donor>;
export type DonationListBody = ListOf<Donation>;
export type DisbursementListBody = ListOf<Disbursement>;
export type DisclosureListBody = ListOf<z.infer<typeof DisclosureSummary>>;

/** Creates a fund as a national fund officer. */
export async function createFund(
  national: TestClient,
  body: { name: string; level: 'national' | 'province'; provinceCode?: string | null },
): Promise<Fund> {
  const res = await national.post('/api/funds', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export function donorBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    transactionId: uuid(),
    kind: 'organisation',
    name: 'Công ty Cổ phần Mẫu',
    showPublicly: true,
    ...overrides,
  };
}

export async function addDonor(client: TestClient, fundId: string, overrides: Record<string, unknown> = {}) {
  const res = await client.post(`/api/funds/${fundId}/donors`, donorBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Donor>();
}

let receipt = 0;
export function donationBody(
  donorId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  receipt += 1;
  return {
    transactionId: uuid(),
    donorId,
    receivedOn: '2025-12-01',
    kind: 'cash',
    amount: 1_000_000,
    purpose: 'general',
    receiptNumber: `BL-${receipt}-${crypto.randomBytes(3).toString('hex')}`,
    ...overrides,
  };
}

export async function donate(
  client: TestClient,
  fundId: string,
  donorId: string,
  overrides: Record<string, unknown> = {},
): Promise<Donation> {
  const res = await client.post(`/api/funds/${fundId}/donations`, donationBody(donorId, overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export function disbursementBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    transactionId: uuid(),
    purpose: 'scholarship',
    beneficiaryKind: 'project',
    projectName: 'Học bổng trường Tiểu học Mẫu',
    decisionNumber: `${Math.floor(Math.random() * 1000)}/QĐ-QBTTE`,
    decisionDate: '2025-12-15',
    disbursedOn: '2025-12-20',
    kind: 'cash',
    amount: 100_000,
    ...overrides,
  };
}

export async function disburse(
  client: TestClient,
  fundId: string,
  overrides: Record<string, unknown> = {},
): Promise<Disbursement> {
  const res = await client.post(`/api/funds/${fundId}/disbursements`, disbursementBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** The paths of the field errors of a 400 answer. */
export function fieldPaths(body: string): string[] {
  const parsed = JSON.parse(body) as { error: { fields?: { path: string }[] } };
  return (parsed.error.fields ?? []).map((f) => f.path);
}
