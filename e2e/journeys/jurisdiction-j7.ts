import crypto from 'node:crypto';
import { browserApi, jsonOf, type ApiAnswer } from '../lib/browser-api';
import type { Journey } from '../lib/journey';
import { AppShell } from '../pages/AppShell';
import { AuditPage } from '../pages/AuditPage';
import { CasePage } from '../pages/CasePage';
import { CaseQueuePage, type QueueTab } from '../pages/CaseQueuePage';
import { EnrolPage } from '../pages/EnrolPage';
import { LoginPage } from '../pages/LoginPage';
import { DEMO_PASSWORD } from './smoke';

/** Commune B: Phường Nha Trang, in the same province as canbo.xa's commune A (22333, Phường Bắc Nha Trang). */
const COMMUNE_B = '22366';
const TABS: QueueTab[] = ['Mới', 'Sắp đến hạn', 'Quá hạn', 'Đang xử lý', 'Đã đóng', 'Tất cả'];

type Created = { caseId: string; caseNumber: string };

/** Status and body must be the same as for an id that does not exist: nothing tells the case exists. */
function sameAsUnknown(what: string, answer: ApiAnswer, unknown: ApiAnswer): void {
  if (answer.status !== 404) throw new Error(`${what}: expected 404, got ${answer.status}`);
  if (unknown.status !== 404) throw new Error(`${what} (random id): expected 404, got ${unknown.status}`);
  if (answer.text() !== unknown.text())
    throw new Error(`${what}: the body differs from a random id's: ${answer.text()} vs ${unknown.text()}`);
}

/**
 * J7 (product.md §4): the province officer records a report about a child of commune B; the officer of commune A
 * cannot see it in any queue, cannot find it by filtering on commune B, and opening it, printing its forms, exporting
 * its file or acting on it by id is answered exactly as for an id that does not exist. The national administrator
 * then finds the attempts in the audit log. Runs on a fresh server of its own: quantri's first login (second-factor
 * enrolment) belongs to the `admin` journey on the shared one.
 */
export const jurisdictionJ7: Journey = {
  name: 'jurisdiction-j7',
  env: {},
  // The not-found answers the journey provokes on purpose.
  expectedConsole: [/the server responded with a status of 404 \(Not Found\)/],
  run: async ({ page, baseUrl, step, screenshot, setWidth, note }) => {
    const login = new LoginPage(page);
    const shell = new AppShell(page);
    const queue = new CaseQueuePage(page);
    const casePage = new CasePage(page);
    const logOut = async () => {
      await shell.logOut('Đăng xuất');
      await login.heading('Đăng nhập').waitFor();
    };

    let b: Created = { caseId: '', caseNumber: '' };
    await step('canbo.tinh records a report about a child of commune B (22366)', async () => {
      await login.open(baseUrl);
      await login.logIn('canbo.tinh', DEMO_PASSWORD);
      await shell.pageHeading(/^Xin chào, /).waitFor();
      const answer = await browserApi(page, baseUrl, 'POST', '/api/reports', {
        transactionId: crypto.randomUUID(),
        channel: 'phone_commune',
        communeCode: COMMUNE_B,
        child: { fullName: 'Lê Thị Bình', estimatedAge: 9, sex: 'female' },
        description: 'Giáo viên báo trẻ đến lớp với nhiều vết bầm ở tay, nói bị người cậu đánh.',
        harmTypes: ['physical_violence'],
        environment: 'family',
        perpetratorRelation: 'relative',
        urgency: 'high',
      });
      b = jsonOf<Created>(answer, 201, 'POST /api/reports');
      note(`commune B's case ${b.caseNumber} (${b.caseId})`);
      await queue.open(baseUrl, 'Mới', COMMUNE_B);
      await queue.caseLink(b.caseNumber).waitFor();
      await logOut();
    });

    await step('canbo.xa (commune A): the case is in no queue tab', async () => {
      await login.logIn('canbo.xa', DEMO_PASSWORD);
      await shell.pageHeading(/^Xin chào, /).waitFor();
      await shell.open('Vụ việc');
      await queue.heading().waitFor();
      for (const tab of TABS) {
        await queue.showTab(tab);
        const listed = await queue.caseNumbers();
        if (listed.includes(b.caseNumber)) throw new Error(`commune B's case is listed under "${tab}"`);
        if (listed.some((n) => !n.startsWith('22333-')))
          throw new Error(`"${tab}" lists a case of another commune: ${listed.join(', ')}`);
      }
      await screenshot('queue-all');
    });

    await step('filtering on commune B finds nothing', async () => {
      await queue.open(baseUrl, 'Tất cả', COMMUNE_B);
      await page.getByRole('tabpanel').getByText('Không có vụ việc nào trong mục này.').waitFor();
      const answer = await browserApi(page, baseUrl, 'GET', `/api/cases?queue=all&communeCode=${COMMUNE_B}`);
      const list = jsonOf<{ items: unknown[]; total: number }>(answer, 200, 'GET /api/cases?communeCode=B');
      if (list.items.length !== 0 || list.total !== 0)
        throw new Error(`commune B's list answered ${list.total} cases`);
      await screenshot('filter-b');
    });

    await step("opening B's case by its id shows the not-found state", async () => {
      await casePage.open(baseUrl, b.caseId);
      const openButton = page.getByRole('button', { name: 'Mở hồ sơ' });
      await openButton.or(casePage.errorAlert()).first().waitFor();
      if (await openButton.isVisible()) await openButton.click();
      await casePage.errorAlert().filter({ hasText: 'Không tìm thấy' }).waitFor();
      if (await casePage.heading().isVisible()) throw new Error("B's case file is shown");
      if (await page.getByText('Lê Thị Bình').or(page.getByText(b.caseNumber)).count())
        throw new Error("the not-found page shows something of B's case");
      await screenshot('not-found');
      await setWidth(360);
      await screenshot('not-found');
      await setWidth(1280);
    });

    await step('the API answers 404 exactly as for a random id: read, forms, file, action', async () => {
      const random = crypto.randomUUID();
      const get = (id: string, path: string) => browserApi(page, baseUrl, 'GET', `/api/cases/${id}${path}`);
      for (const path of ['?purpose=case_work', '/forms/M01', '/file.pdf']) {
        sameAsUnknown(`GET /api/cases/:id${path}`, await get(b.caseId, path), await get(random, path));
      }
      const act = (id: string) =>
        browserApi(page, baseUrl, 'POST', `/api/cases/${id}/actions`, {
          type: 'NOTE',
          transactionId: crypto.randomUUID(),
          data: {},
          text: { note: 'Thử ghi chú vào vụ việc của xã khác.' },
        });
      sameAsUnknown('POST /api/cases/:id/actions', await act(b.caseId), await act(random));
      await logOut();
    });

    await step(
      'quantri (first login: second-factor enrolment) finds the attempts in the audit log',
      async () => {
        const enrol = new EnrolPage(page);
        const audit = new AuditPage(page);
        await login.logIn('quantri', DEMO_PASSWORD);
        await enrol.heading().waitFor();
        await enrol.confirm(EnrolPage.codeFor(await enrol.secret()));
        await enrol.recoveryCodes().first().waitFor();
        await enrol.acknowledgeCodes();
        await shell.pageHeading(/^Xin chào, /).waitFor();
        await shell.open('Nhật ký truy cập');
        await shell.pageHeading('Nhật ký truy cập').waitFor();
        await page.getByRole('combobox', { name: 'Thao tác' }).click();
        await page.getByRole('option', { name: /access\.denied/ }).click();
        const attempts = audit.rows('access.denied', 'canbo.xa').filter({ hasText: b.caseId });
        // The page, then the API: the read, the two prints and the action, each logged with B's id.
        for (const route of [
          'GET /api/cases/:id → 404',
          'GET /api/cases/:id/forms/:form → 404',
          'GET /api/cases/:id/file.pdf → 404',
          'POST /api/cases/:id/actions → 404',
        ])
          await attempts.filter({ hasText: route }).first().waitFor();
        note(`${await attempts.count()} denied attempts on B's case logged for canbo.xa`);
        await screenshot('audit');
        await logOut();
      },
    );
  },
};
