import crypto from 'node:crypto';
import { expect } from 'vitest';
import type { InjectOptions } from 'fastify';
import type { TestClient, TestContext } from '../../../test/test-app';
import { CSRF_HEADER, SESSION_COOKIE, newToken, sessionIdFromToken } from '../auth/session-token';
import {
  AM_FIGURES,
  type AmActivityType,
  type AmReportDetail,
  type AmResultFigures,
} from '../../../shared/domain/ActionMonth';

/**
 * Test helpers of the result reports: a theme and issued plans inserted directly (independent of the plan API),
 * and the calls that open, fill, submit, return and accept a report. Year 2030 is not a reference theme.
 */
export const YEAR = 2030;
export const COMMUNE_DUE = '2030-07-19';
export const PROVINCE_DUE = '2030-07-31';
export const AM = '/api/action-month';

export async function insertTheme(
  t: TestContext,
  year = YEAR,
  due: { commune: string; province: string } = {
    commune: COMMUNE_DUE.replace('2030', String(year)),
    province: PROVINCE_DUE.replace('2030', String(year)),
  },
): Promise<void> {
  await t.db
    .insertInto('am_themes')
    .values({
      year,
      theme: `Chủ đề thử nghiệm năm ${year}`,
      slogans: [],
      period_start: `${year}-06-01`,
      period_end: `${year}-06-30`,
      commune_report_due: due.commune,
      province_report_due: due.province,
      source: 'test',
    })
    .execute();
}

export type ActivitySpec = {
  type: AmActivityType;
  title: string;
  communeCode?: string;
  agencyId?: string;
  allCommunes?: boolean;
};

/** An issued plan with its activities; returns the activity ids in the order given. */
export async function insertIssuedPlan(
  t: TestContext,
  plan: {
    level: 'province' | 'commune' | 'agency';
    provinceCode: string;
    communeCode?: string;
    agencyId?: string;
    status?: 'draft' | 'issued';
    year?: number;
  },
  activities: readonly ActivitySpec[],
): Promise<string[]> {
  const year = plan.year ?? YEAR;
  const status = plan.status ?? 'issued';
  const planId = crypto.randomUUID();
  await t.db
    .insertInto('am_plans')
    .values({
      id: planId,
      transaction_id: crypto.randomUUID(),
      year,
      level: plan.level,
      province_code: plan.provinceCode,
      commune_code: plan.communeCode ?? null,
      agency_id: plan.agencyId ?? null,
      issuing_body: 'Ủy ban nhân dân',
      document_number: status === 'issued' ? '99/KH-UBND' : null,
      document_date: status === 'issued' ? `${year}-05-15` : null,
      signer_name: status === 'issued' ? 'Người Ký Thử' : null,
      signer_title: null,
      title: `Kế hoạch Tháng hành động vì trẻ em năm ${year}`,
      purpose: null,
      requirements: null,
      period_start: `${year}-06-01`,
      period_end: `${year}-06-30`,
      parent_plan_id: null,
      status,
      created_by: t.users.provinceOfficerA.id,
      issued_at: status === 'issued' ? new Date() : null,
      issued_by: status === 'issued' ? t.users.provinceOfficerA.id : null,
    })
    .execute();
  const ids = activities.map(() => crypto.randomUUID());
  if (activities.length > 0)
    await t.db
      .insertInto('am_activities')
      .values(
        activities.map((a, i) => ({
          id: ids[i] ?? '',
          plan_id: planId,
          seq: i + 1,
          type: a.type,
          title: a.title,
          description: null,
          assignee_agency_id: a.agencyId ?? null,
          assignee_commune_code: a.communeCode ?? null,
          assign_all_communes: a.allCommunes ?? false,
          targets: null,
        })),
      )
      .execute();
  return ids;
}

/** Figures with every value 0 except those given. */
export function figures(values: Partial<AmResultFigures> = {}): AmResultFigures {
  return Object.fromEntries(AM_FIGURES.map((f) => [f, values[f] ?? 0])) as AmResultFigures;
}

/** Figures where every value is n (easy sums). */
export function allFigures(n: number): AmResultFigures {
  return Object.fromEntries(AM_FIGURES.map((f) => [f, n])) as AmResultFigures;
}

/** The figure-by-figure sum of several figures. */
export function addAll(...parts: AmResultFigures[]): AmResultFigures {
  return Object.fromEntries(
    AM_FIGURES.map((f) => [f, parts.reduce((sum, p) => sum + p[f], 0)]),
  ) as AmResultFigures;
}

export function resultBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    activityId: null,
    activityType: 'visits_gifts',
    title: 'Thăm hỏi, tặng quà trẻ em có hoàn cảnh khó khăn',
    notes: null,
    ...figures(),
    ...overrides,
  };
}

export function updateBody(
  report: { version: number },
  results: Record<string, unknown>[],
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    expectedVersion: report.version,
    summary: 'Tổ chức thành công Tháng hành động vì trẻ em trên địa bàn.',
    difficulties: 'Kinh phí còn hạn chế.',
    recommendations: 'Đề nghị tỉnh hỗ trợ thêm kinh phí.',
    results,
    ...overrides,
  };
}

export async function openReport(client: TestClient, year = YEAR): Promise<AmReportDetail> {
  const res = await client.post(`${AM}/reports`, { year });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function saveReport(
  client: TestClient,
  report: AmReportDetail,
  results: Record<string, unknown>[],
  overrides: Record<string, unknown> = {},
): Promise<AmReportDetail> {
  const res = await client.put(`${AM}/reports/${report.id}`, updateBody(report, results, overrides));
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export async function step(
  client: TestClient,
  report: { id: string; version: number },
  action: 'submit' | 'accept' | 'return',
  extra: Record<string, unknown> = {},
): Promise<AmReportDetail> {
  const body = {
    expectedVersion: report.version,
    ...(action === 'return' ? { reason: 'Bổ sung số liệu.' } : {}),
  };
  const res = await client.post(`${AM}/reports/${report.id}/${action}`, { ...body, ...extra });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Opens the report, fills it with one free result row of these figures and submits it. */
export async function submittedReport(
  client: TestClient,
  values: AmResultFigures,
  type: AmActivityType = 'visits_gifts',
): Promise<AmReportDetail> {
  const opened = await openReport(client);
  const saved = await saveReport(client, opened, [resultBody({ activityType: type, ...values })]);
  return step(client, saved, 'submit');
}

export function errorOf(body: string): {
  code: string;
  messageId: string;
  fields?: { path: string; messageId: string }[];
} {
  return (JSON.parse(body) as { error: { code: string; messageId: string } }).error;
}

/**
 * A logged-in commune officer of another commune than the fixtures' (the fixtures have two communes per province):
 * the user and the session are inserted directly, like createTestContext does for its fixture users.
 */
export async function communeOfficerOf(
  t: TestContext,
  communeCode: string,
  provinceCode: string,
): Promise<TestClient> {
  const user = await t.db
    .insertInto('users')
    .values({
      username: `officer${communeCode}`,
      display_name: `Cán bộ xã ${communeCode}`,
      email: null,
      password_hash: 'not-a-login',
      role: 'commune_officer',
      unit_era: '2025',
      unit_code: communeCode,
      province_code: provinceCode,
      agency_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const token = newToken();
  const csrf = newToken(16);
  await t.db
    .insertInto('sessions')
    .values({
      id: sessionIdFromToken(token),
      user_id: user.id,
      csrf_token: csrf,
      mfa_state: 'ok',
      expires_at: new Date(Date.now() + 3600_000),
    })
    .execute();
  const request = (o: InjectOptions) =>
    t.app.inject({
      ...o,
      headers: { cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: csrf, ...(o.headers ?? {}) },
    });
  const withBody = (method: 'POST' | 'PATCH' | 'PUT') => (url: string, body?: unknown) =>
    request({ method, url, ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }) });
  return {
    userId: user.id,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: withBody('POST'),
    patch: withBody('PATCH'),
    put: withBody('PUT'),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

/** A commune of the province other than the fixtures' communes. */
export async function otherCommuneOf(
  t: TestContext,
  provinceCode: string,
  not: readonly string[],
): Promise<string> {
  const row = await t.db
    .selectFrom('admin_units')
    .select('code')
    .where('era', '=', '2025')
    .where('level', '=', 'commune')
    .where('province_code', '=', provinceCode)
    .where('code', 'not in', [...not])
    .orderBy('code')
    .executeTakeFirstOrThrow();
  return row.code;
}
