import type { Journey } from '../lib/journey';
import { AppShell } from '../pages/AppShell';
import { CasePage } from '../pages/CasePage';
import { CaseQueuePage } from '../pages/CaseQueuePage';
import { HotlinePage, type HotlineTransfer } from '../pages/HotlinePage';
import { LoginPage } from '../pages/LoginPage';
import { NotificationBell } from '../pages/NotificationBell';
import { DEMO_PASSWORD } from './smoke';

/** The commune must acknowledge a transfer within 36 seconds on this journey's server (TREEM_ACK_HOURS). */
const ACK_HOURS = '0.01';
/** The escalation shows once the sweeper (every 2 s) flags it and the console refreshes its list (every minute). */
const ESCALATION_TIMEOUT_MS = 240_000;

const TO_BAC_NHA_TRANG: HotlineTransfer = {
  communeSearch: 'bac nha trang',
  commune: /Phường Bắc Nha Trang/,
  environment: 'Gia đình',
  perpetrator: 'Cha, mẹ',
  age: '10',
};

/**
 * J2 (product.md §4): the 111 counsellor logs a call, categorises it and transfers it to the commune of the child's
 * residence; the commune officer finds it under "Mới" and acknowledges it; the counsellor sees the progress. A second
 * transfer nobody acknowledges is escalated by the deadline sweeper: the counsellor sees the badge and the province
 * officer has the notification. Runs on a server of its own with a 36-second acknowledgement window.
 */
export const hotlineJ2: Journey = {
  name: 'hotline-j2',
  env: { TREEM_ACK_HOURS: ACK_HOURS, TREEM_SWEEP_SECONDS: '2' },
  run: async ({ page, baseUrl, step, screenshot, setWidth, note }) => {
    const login = new LoginPage(page);
    const shell = new AppShell(page);
    const hotline = new HotlinePage(page);
    const queue = new CaseQueuePage(page);
    const casePage = new CasePage(page);
    const bell = new NotificationBell(page);
    const logInAs = async (username: string) => {
      await login.open(baseUrl);
      await login.logIn(username, DEMO_PASSWORD);
      await shell.pageHeading(/^Xin chào, /).waitFor();
    };
    const logOut = async () => {
      await shell.logOut('Đăng xuất');
      await login.heading('Đăng nhập').waitFor();
    };

    await step('tongdai111 opens the console from the menu', async () => {
      await logInAs('tongdai111');
      await shell.open('Tổng đài 111');
      await hotline.heading().waitFor();
      await page.getByText('Bạo lực thể chất', { exact: true }).waitFor();
      await screenshot('console');
    });

    let first = '';
    await step('log the call, categorise it and transfer it to commune 22333', async () => {
      await hotline.logCall({
        categories: ['Bạo lực thể chất', 'Bỏ mặc không chăm sóc'],
        summary: 'Em gọi kể bị bố đánh bằng roi khi bố say rượu, em sợ không dám về nhà.',
        advice: 'Hướng dẫn em sang nhà bà ngoại ở cùng tổ dân phố.',
        childName: 'Nguyễn Văn An',
      });
      await hotline.fillTransfer(TO_BAC_NHA_TRANG);
      await screenshot('transfer-form');
      await setWidth(360);
      await screenshot('transfer-form');
      await setWidth(1280);
      first = await hotline.submitTransfer();
      note(`first transfer: case ${first}`);
      await page.getByText(`Đã chuyển cho Phường Bắc Nha Trang. Mã vụ việc: ${first}.`).waitFor();
      await hotline.badge(first, /^Chờ xã tiếp nhận · còn /).waitFor();
      await screenshot('transferred');
      await logOut();
    });

    await step('canbo.xa finds it under "Mới" and acknowledges it', async () => {
      await logInAs('canbo.xa');
      await shell.open('Vụ việc');
      await queue.heading().waitFor();
      await queue.settled();
      await queue.caseLink(first).waitFor();
      await queue.row(first).getByText('Chờ xác nhận tiếp nhận').waitFor();
      await screenshot('queue-new');
      await queue.caseLink(first).click();
      await casePage.confirmPurposeIfAsked(first);
      await casePage.status('Chờ xác nhận tiếp nhận').waitFor();
      await page.getByRole('button', { name: 'Xác nhận đã tiếp nhận' }).click();
      await page.getByRole('button', { name: 'Xác nhận đã tiếp nhận' }).waitFor({ state: 'detached' });
      await casePage.status('Chờ xác nhận tiếp nhận').waitFor({ state: 'detached' });
      await screenshot('acknowledged');
      await logOut();
    });

    await step('the counsellor sees that the commune acknowledged it', async () => {
      await logInAs('tongdai111');
      await shell.open('Tổng đài 111');
      await hotline.badge(first, 'Xã đã tiếp nhận').waitFor();
      await hotline
        .transferCard(first)
        .getByText(/^Xã tiếp nhận lúc /)
        .waitFor();
      await screenshot('progress');
      await setWidth(360);
      await screenshot('progress');
      await setWidth(1280);
    });

    let second = '';
    await step('a second call is transferred and nobody acknowledges it', async () => {
      await hotline.logCall({
        categories: ['Bỏ mặc không chăm sóc'],
        summary: 'Hàng xóm gọi báo hai anh em nhỏ bị bỏ ở nhà một mình nhiều ngày, không có ai chăm sóc.',
      });
      await hotline.fillTransfer({ ...TO_BAC_NHA_TRANG, perpetrator: 'Chưa rõ', age: '6' });
      second = await hotline.submitTransfer();
      note(`second transfer: case ${second}`);
      await hotline.newCall();
      await hotline.badge(second, /^Chờ xã tiếp nhận/).waitFor();
    });

    await step('the sweeper escalates it: the counsellor sees the badge', async () => {
      await hotline.badge(second, 'Đã báo lên tỉnh').waitFor({ timeout: ESCALATION_TIMEOUT_MS });
      await hotline.badge(second, /^Chờ xã tiếp nhận · quá hạn /).waitFor();
      await screenshot('escalated');
      await page.getByRole('combobox', { name: 'Hiển thị' }).click();
      await page.getByRole('option', { name: 'Đã báo lên tỉnh' }).click();
      await hotline.transferCard(second).waitFor();
      await logOut();
    });

    await step('canbo.tinh has a notification about the overdue case', async () => {
      await logInAs('canbo.tinh');
      await bell.unread().waitFor();
      await bell.open();
      const item = bell.item(
        `Vụ việc ${second}: quá hạn xác nhận tiếp nhận vụ việc do Tổng đài 111 chuyển đến`,
      );
      await item.waitFor();
      await screenshot('province-bell');
      await item.click();
      await casePage.confirmPurposeIfAsked(second);
      await page.getByRole('main').getByText('Đã báo cáo lên tỉnh').first().waitFor();
      await screenshot('province-case');
      await logOut();
    });
  },
};
