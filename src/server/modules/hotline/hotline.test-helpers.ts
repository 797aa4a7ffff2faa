import { expect } from 'vitest';
import type { TestClient } from '../../../test/test-app';
import type { HotlineContact, HotlineTransfer } from '../../../shared/domain/Hotline';
import { uuid } from '../cases/case.test-helpers';

/** Test helpers of the hotline 111 console: a valid contact and transfer body, and the calls that make them. */

export function contactBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const started = new Date(Date.now() - 20 * 60_000);
  return {
    transactionId: uuid(),
    callId: `111-${Math.floor(Math.random() * 1e9)}`,
    startedAt: started.toISOString(),
    endedAt: new Date(started.getTime() + 12 * 60_000).toISOString(),
    callerType: 'child',
    categories: ['physical_violence'],
    summary: 'Em gọi kể bị bố đánh bằng roi mỗi tối khi bố say rượu.',
    advice: 'Hướng dẫn em tìm đến bà ngoại ở gần nhà khi bố say.',
    needsLocalIntervention: true,
    childName: 'Nguyễn Văn An',
    callerConsent: false,
    ...overrides,
  };
}

export function transferBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    transactionId: uuid(),
    communeCode: '22333',
    basis: 'residence',
    environment: 'family',
    perpetratorRelation: 'parent',
    urgency: 'high',
    child: { estimatedAge: 11, sex: 'male' },
    ...overrides,
  };
}

export async function logContact(
  client: TestClient,
  overrides: Record<string, unknown> = {},
): Promise<HotlineContact> {
  const res = await client.post('/api/hotline/contacts', contactBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function transfer(
  client: TestClient,
  contactId: string,
  overrides: Record<string, unknown> = {},
): Promise<HotlineTransfer> {
  const res = await client.post(`/api/hotline/contacts/${contactId}/transfer`, transferBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Logs a contact and transfers it to commune A (by residence). */
export async function logAndTransfer(
  client: TestClient,
  overrides: { contact?: Record<string, unknown>; transfer?: Record<string, unknown> } = {},
): Promise<{ contact: HotlineContact; transferred: HotlineTransfer }> {
  const contact = await logContact(client, overrides.contact);
  const transferred = await transfer(client, contact.id, overrides.transfer);
  return { contact, transferred };
}

export function fieldPaths(body: string): string[] {
  const parsed = JSON.parse(body) as { error?: { fields?: { path: string }[] } };
  return (parsed.error?.fields ?? []).map((f) => f.path);
}
