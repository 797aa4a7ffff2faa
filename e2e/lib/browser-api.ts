import type { Page } from 'playwright-core';

export type ApiAnswer = { status: number; contentType: string; body: Buffer; text: () => string };

/**
 * A request from the logged-in browser context (its session cookie), with the CSRF double-submit header the web app
 * sends; for what a journey checks beside the pages (a PDF's bytes, a 404's body).
 */
export async function browserApi(
  page: Page,
  baseUrl: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<ApiAnswer> {
  const cookies = await page.context().cookies(baseUrl);
  const csrf = cookies.find((c) => c.name === 'treem_csrf')?.value ?? '';
  const res = await page.request.fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'x-csrf-token': csrf, origin: baseUrl },
    ...(body === undefined ? {} : { data: body }),
    failOnStatusCode: false,
  });
  const bytes = await res.body();
  return {
    status: res.status(),
    contentType: res.headers()['content-type'] ?? '',
    body: bytes,
    text: () => bytes.toString('utf8'),
  };
}

/** The JSON of an answer, failing with the status and body when it is not the expected one. */
export function jsonOf<T>(answer: ApiAnswer, expected: number, what: string): T {
  if (answer.status !== expected)
    throw new Error(`${what}: expected ${expected}, got ${answer.status} ${answer.text().slice(0, 300)}`);
  return JSON.parse(answer.text()) as T;
}
