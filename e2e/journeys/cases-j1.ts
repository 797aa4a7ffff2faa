import type { Locator } from 'playwright-core';
import type { Journey } from '../lib/journey';
import { AppShell } from '../pages/AppShell';
import { CasePage } from '../pages/CasePage';
import { CaseQueuePage } from '../pages/CaseQueuePage';
import { LoginPage } from '../pages/LoginPage';
import { NotificationBell } from '../pages/NotificationBell';
import { PublicReportPage } from '../pages/PublicReportPage';
import { TasksPage } from '../pages/TasksPage';
import {
  CHILD_LABEL,
  checkPdfText,
  checkTracking,
  dayFromNow,
  fetchPdf,
  FORMS,
  REPORT,
  TASKS,
} from './cases-j1-data';
import { DEMO_PASSWORD } from './smoke';

/**
 * J1 (product.md §4): a neighbour reports a beaten child anonymously on the public form and follows it with the
 * tracking code; the commune officer and chairman take the case through the Decree 56 procedure (verify, Mẫu 02,
 * emergency separation Mẫu 07, Mẫu 03, plan Mẫu 04 with tasks for the police, the health station and legal aid,
 * approval Mẫu 05); the police do their task on their own page; the review (Mẫu 06) proposes closing and the chairman
 * closes. The tracking page says only received / being handled / closed, and every form prints as a PDF.
 */
export const casesJ1: Journey = {
  name: 'cases-j1',
  run: async ({ page, baseUrl, step, screenshot, setWidth, note }) => {
    const login = new LoginPage(page);
    const shell = new AppShell(page);
    const pub = new PublicReportPage(page);
    const queue = new CaseQueuePage(page);
    const cases = new CasePage(page);
    const tasks = new TasksPage(page);
    const bell = new NotificationBell(page);
    let code = '';
    let caseId = '';
    let caseNumber = '';

    const logInAs = async (username: string) => {
      await login.open(baseUrl);
      await login.logIn(username, DEMO_PASSWORD);
      await shell.pageHeading(/^Xin chào, /).waitFor();
    };
    const logOut = async () => {
      await shell.logOut('Đăng xuất');
      await login.heading('Đăng nhập').waitFor();
    };
    const openCase = async () => {
      await cases.open(baseUrl, caseId);
      await cases.confirmPurposeIfAsked(caseNumber);
    };
    /** Opens a step of the case, fills its dialog and submits it. */
    const takeStep = async (
      name: string,
      fill: (dialog: Locator) => Promise<void>,
      submitLabel = 'Ghi nhận',
    ) => {
      const dialog = await cases.startStep(name);
      await fill(dialog);
      await cases.submit(dialog, submitLabel);
    };

    await step('a neighbour fills the public form anonymously on a phone', async () => {
      await setWidth(360);
      await pub.openForm(baseUrl);
      await screenshot('public-form');
      await pub.fill(REPORT);
      await screenshot('public-form-filled');
    });

    await step('sends it (proof of work) and receives a tracking code', async () => {
      code = await pub.send();
      note(`tracking code ${code}`);
      await screenshot('public-sent');
      await setWidth(1280);
    });

    await step('the tracking page says "received" and nothing else', async () => {
      await checkTracking(pub, page, baseUrl, code, 'Đã tiếp nhận', '');
      await setWidth(360);
      await screenshot('tracking-received');
      await setWidth(1280);
    });

    await step("the report is in canbo.xa's queue with the 12-hour clock", async () => {
      await logInAs('canbo.xa');
      await shell.open('Vụ việc');
      await queue.heading().waitFor();
      await queue.settled();
      const row = page.getByRole('tabpanel').getByRole('row').filter({ hasText: CHILD_LABEL });
      await row.getByText('Bảo vệ khẩn cấp trong 12 giờ').waitFor();
      await row.getByText(/^Còn 1[01] giờ \d+ phút$/).waitFor();
      await row.getByText('Khẩn cấp', { exact: true }).waitFor();
      await row.getByText(REPORT.harmType).waitFor();
      await screenshot('queue');
      await row.getByRole('link').click();
      await cases.confirmPurposeIfAsked(/^Vụ việc \d{5}-\d{4}-\d{5}$/);
      caseNumber = /Vụ việc (\S+)/.exec(await cases.heading().innerText())?.[1] ?? '';
      caseId = /\/cases\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
      if (!caseNumber || !caseId) throw new Error(`case not identified: ${page.url()}`);
      note(`case ${caseNumber} (${caseId})`);
      await page.getByText(REPORT.description).waitFor();
      await page.getByText('Trực tuyến').first().waitFor();
      await screenshot('case-received');
    });

    await step('the officer verifies and records the initial assessment (Mẫu 02)', async () => {
      await takeStep('Xác minh thông tin', async (d) => {
        await d.getByRole('radio', { name: 'Thông tin có cơ sở' }).check();
        await d
          .getByRole('textbox', { name: 'Kết quả xác minh' })
          .fill('Đã đến nhà, trẻ có vết bầm ở tay và lưng; hàng xóm xác nhận.');
      });
      await takeStep('Đánh giá nguy cơ ban đầu', async (d) => {
        await d.getByRole('radio', { name: 'Nghiêm trọng' }).check();
        await d
          .getByRole('textbox', { name: 'Mô tả hành vi, tổn hại' })
          .fill('Trẻ bị cha đánh bằng roi nhiều lần.');
        await d
          .getByRole('textbox', { name: 'Tình trạng của trẻ' })
          .fill('Trẻ sợ hãi, có vết thương phần mềm.');
        await d
          .getByRole('textbox', { name: 'Kết luận đánh giá' })
          .fill('Nguy cơ nghiêm trọng, người gây hại là cha.');
      });
      await page.getByText(/Chủ tịch UBND xã quyết định bảo vệ khẩn cấp \(Mẫu 07\)/).waitFor();
      await screenshot('assessed');
      await logOut();
    });

    await step('the chairman, notified, decides temporary separation (Mẫu 07)', async () => {
      await logInAs('chutich.xa');
      await bell.open();
      await bell.item(`Vụ việc ${caseNumber}: cần áp dụng biện pháp bảo vệ khẩn cấp trong 12 giờ`).click();
      await cases.confirmPurposeIfAsked(caseNumber);
      await takeStep('Quyết định bảo vệ khẩn cấp', async (d) => {
        const separation = d.getByRole('checkbox', { name: /Tạm thời cách ly trẻ/ });
        if (!(await separation.isChecked())) await separation.check();
        await cases.choose(d, 'Hình thức chăm sóc tạm thời', 'Người thân thích');
        await d
          .getByRole('textbox', { name: 'Nơi ở, người chăm sóc tạm thời' })
          .fill('Nhà bà ngoại, tổ dân phố 3.');
        await d.getByRole('textbox', { name: 'Số quyết định' }).fill('12/QĐ-UBND');
        await d
          .getByRole('textbox', { name: 'Lý do' })
          .fill('Cha là người gây hại; trẻ cần được cách ly ngay.');
        await screenshot('emergency-form');
      });
      await cases.status('Đã bảo vệ khẩn cấp').waitFor();
      await logOut();
    });

    await step(
      'the officer records the assessment and meeting (Mẫu 03) and drafts the plan (Mẫu 04)',
      async () => {
        await logInAs('canbo.xa');
        await openCase();
        await takeStep('Đánh giá cụ thể và họp', async (d) => {
          await d
            .getByRole('radiogroup', { name: 'Mức độ nguy cơ' })
            .getByRole('radio', { name: 'Cao' })
            .check();
          await d
            .getByRole('textbox', { name: 'Các nguy cơ cụ thể' })
            .fill('Nguy cơ bị bạo lực lặp lại khi trở về nhà.');
          await d
            .getByRole('textbox', { name: 'Nhu cầu của trẻ' })
            .fill('Chăm sóc y tế, hỗ trợ tâm lý, trợ giúp pháp lý.');
          await d.getByRole('textbox', { name: 'Số người dự họp' }).fill('6');
          await d
            .getByRole('textbox', { name: 'Thành phần dự họp' })
            .fill('Chủ tịch UBND phường, công an phường, trạm y tế, bà ngoại.');
          await d
            .getByRole('textbox', { name: 'Biên bản họp' })
            .fill('Thống nhất ngăn chặn hành vi, chăm sóc y tế và trợ giúp pháp lý.');
        });
        await takeStep('Xây dựng kế hoạch', async (d) => {
          await d
            .getByRole('textbox', { name: 'Mục tiêu của kế hoạch' })
            .fill('Trẻ an toàn, được chăm sóc y tế và trợ giúp pháp lý.');
          for (const [i, task] of TASKS.entries()) {
            if (i > 0) await d.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
            const g = d.getByRole('group', { name: `Nhiệm vụ ${i + 1}` });
            await cases.choose(g, 'Biện pháp', task.measure);
            await g.getByRole('combobox', { name: 'Cơ quan thực hiện' }).fill(task.agencySearch);
            await page.getByRole('option', { name: task.agency }).click();
            await g.getByRole('textbox', { name: 'Thời hạn hoàn thành' }).fill(dayFromNow(30));
            await g.getByRole('textbox', { name: 'Nội dung công việc' }).fill(task.description);
          }
          await d.getByRole('textbox', { name: 'Ngày rà soát dự kiến' }).fill(dayFromNow(45));
          await screenshot('plan-form');
        });
        await cases.status('Chờ phê duyệt kế hoạch').waitFor();
        await logOut();
      },
    );

    await step('the chairman approves the plan (Mẫu 05)', async () => {
      await logInAs('chutich.xa');
      await openCase();
      await takeStep(
        'Phê duyệt kế hoạch',
        async (d) => {
          await d.getByRole('textbox', { name: 'Số quyết định' }).fill('15/QĐ-UBND');
        },
        'Phê duyệt',
      );
      await cases.status('Đang thực hiện kế hoạch').waitFor();
      await screenshot('approved');
      await logOut();
    });

    await step('the tracking page now says "being handled"', async () => {
      await checkTracking(pub, page, baseUrl, code, 'Đang xử lý', caseNumber);
    });

    await step('congan.xa accepts the police task and marks it done on /tasks', async () => {
      await logInAs('congan.xa');
      await shell.open('Nhiệm vụ của cơ quan');
      await tasks.heading().waitFor();
      const police = TASKS[0].measure;
      await tasks.card(caseNumber, police).waitFor();
      await screenshot('partner-tasks');
      await tasks.act(caseNumber, police, 'Nhận nhiệm vụ');
      await tasks.card(caseNumber, police).getByText('Đang thực hiện').waitFor();
      await tasks.act(caseNumber, police, 'Báo đã hoàn thành', 'Đã làm việc với người cha, lập biên bản.');
      // Done, it leaves "Cần làm" for "Đã xong, từ chối".
      await tasks.card(caseNumber, police).waitFor({ state: 'detached' });
      await page.getByText('Đã xong, từ chối', { exact: true }).click();
      await tasks.card(caseNumber, police).getByText('Đã hoàn thành').waitFor();
      await setWidth(360);
      await screenshot('partner-tasks-done');
      await setWidth(1280);
      await logOut();
    });

    await step('the officer marks the other tasks done and records the review (Mẫu 06)', async () => {
      await logInAs('canbo.xa');
      await openCase();
      await cases
        .task(new RegExp(TASKS[0].measure.replace(/[()]/g, '.')))
        .getByText('Đã hoàn thành')
        .waitFor();
      for (const task of TASKS.slice(1)) {
        const card = cases.task(new RegExp(task.measure));
        await card.getByRole('button', { name: 'Nhận nhiệm vụ' }).click();
        await card.getByText('Đã nhận', { exact: true }).waitFor();
        await card.getByRole('button', { name: 'Hoàn thành nhiệm vụ' }).click();
        const dialog = page.getByRole('dialog', { name: 'Hoàn thành nhiệm vụ' });
        await dialog.getByRole('textbox', { name: 'Kết quả thực hiện' }).fill('Đã thực hiện xong.');
        await cases.submit(dialog);
        await card.getByText('Đã hoàn thành').waitFor();
      }
      await takeStep('Rà soát, đánh giá', async (d) => {
        for (const label of [
          'Mức độ tổn hại còn lại',
          'Khả năng người gây hại tiếp cận trẻ',
          'Trở ngại trong môi trường chăm sóc',
          'Khả năng tự bảo vệ, phục hồi của trẻ',
        ])
          await d.getByRole('radiogroup', { name: label }).getByRole('radio', { name: 'Thấp' }).check();
        await d.getByRole('textbox', { name: 'Tình trạng của trẻ' }).fill('Trẻ ổn định, đã đi học lại.');
        await d.getByRole('radio', { name: 'Đề nghị kết thúc, đóng vụ việc' }).check();
      });
      await cases.status('Đã rà soát, đánh giá').waitFor();
      await logOut();
    });

    await step('the chairman closes the case', async () => {
      await logInAs('chutich.xa');
      await openCase();
      await takeStep('Đóng vụ việc', async () => undefined);
      await cases.status('Đã đóng').waitFor();
      await page.getByText('không có, vụ việc đã đóng.').waitFor();
      await screenshot('closed');
      await setWidth(360);
      await screenshot('closed');
      await setWidth(1280);
    });

    await step('every form prints as a PDF, with the case text', async () => {
      const print = page.getByRole('region', { name: 'In biểu mẫu' });
      for (const form of FORMS)
        await print
          .getByRole('link', { name: new RegExp(`^Mẫu ${form.slice(1)} – `) })
          .first()
          .waitFor();
      const sizes: string[] = [];
      for (const url of [
        ...FORMS.map((f) => `/api/cases/${caseId}/forms/${f}`),
        `/api/cases/${caseId}/file.pdf`,
      ]) {
        const pdf = await fetchPdf(page, baseUrl, url);
        sizes.push(`${url.split('/').pop() ?? url} ${Math.round(pdf.length / 1024)} KB`);
        if (url.endsWith('/M01')) checkPdfText(pdf, ['Lò Thị Mến', 'nhiều vết roi']);
        if (url.endsWith('/M07')) checkPdfText(pdf, ['12/QĐ-UBND', 'Nhà bà ngoại']);
      }
      note(sizes.join(', '));
      await logOut();
    });

    await step('the tracking page finally says "closed"', async () => {
      await checkTracking(pub, page, baseUrl, code, 'Đã kết thúc', caseNumber);
      await screenshot('tracking-closed');
    });
  },
};
