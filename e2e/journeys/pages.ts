import type { Journey } from '../lib/journey';
import { AppShell } from '../pages/AppShell';
import { EnrolPage } from '../pages/EnrolPage';
import { LoginPage } from '../pages/LoginPage';
import { DEMO_PASSWORD } from './smoke';

/**
 * A provincial officer walks through every page she may open, on a phone and in English too: the pages render
 * without a browser error, the lists load, and the screenshots show the layout at 360 px.
 */
export const pages: Journey = {
  name: 'pages',
  run: async ({ page, baseUrl, step, screenshot, setWidth }) => {
    const login = new LoginPage(page);
    const shell = new AppShell(page);

    await step('log in as canbo.tinh', async () => {
      await login.open(baseUrl);
      await login.logIn('canbo.tinh', DEMO_PASSWORD);
      await shell.pageHeading(/^Xin chào, /).waitFor();
    });

    await step('units: communes of Khánh Hoà and the old-code converter', async () => {
      await shell.open('Đơn vị hành chính');
      await shell.pageHeading('Đơn vị hành chính').waitFor();
      await page.getByRole('combobox', { name: 'Tỉnh, thành phố' }).click();
      await page
        .getByRole('option', { name: /Khánh Hoà|Khánh Hòa/ })
        .first()
        .click();
      await page.getByRole('cell', { name: 'Phường Bắc Nha Trang' }).waitFor();
      await page.getByRole('textbox', { name: /Mã xã cũ/ }).fill('22333');
      await page.getByRole('button', { name: 'Chuyển đổi' }).click();
      await page.getByText(/Đơn vị cũ: Phường Vĩnh Phước/).waitFor();
      await screenshot('units');
    });

    await step('agencies: list and one agency', async () => {
      await shell.open('Cơ quan, tổ chức');
      await shell.pageHeading('Cơ quan, tổ chức').waitFor();
      const link = page.getByRole('link', { name: 'Công an phường Bắc Nha Trang' });
      await link.waitFor();
      await screenshot('agencies');
      await link.click();
      await shell.pageHeading('Công an phường Bắc Nha Trang').waitFor();
      await page.getByRole('combobox', { name: 'Địa bàn (tỉnh hoặc xã)' }).waitFor();
      await screenshot('agency');
    });

    await step('users: list and one user (read-only for a provincial officer)', async () => {
      await shell.open('Người dùng');
      await shell.pageHeading('Người dùng').waitFor();
      await page.getByRole('link', { name: 'canbo.xa', exact: true }).click();
      await shell.pageHeading(/canbo\.xa/).waitFor();
      await page.getByRole('heading', { name: 'Tình trạng tài khoản' }).waitFor();
      await screenshot('user');
    });

    await step('my account: sessions listed, this one marked', async () => {
      await shell.open('Tài khoản');
      await shell.pageHeading('Tài khoản của tôi').waitFor();
      await page.getByText('Phiên này').waitFor();
      await screenshot('account');
    });

    await step('my account: turn on two-factor verification voluntarily', async () => {
      await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
      const secret = (await page.getByLabel('Khoá bí mật').innerText()).replace(/\s+/g, '');
      await page.getByRole('textbox', { name: 'Mã 6 số', exact: true }).fill(EnrolPage.codeFor(secret));
      await page.getByRole('button', { name: 'Xác nhận và bật' }).click();
      await page.getByRole('checkbox', { name: 'Tôi đã lưu các mã khôi phục' }).check();
      await page.getByRole('button', { name: 'Hoàn tất' }).click();
      await page.getByRole('button', { name: 'Tạo lại mã khôi phục' }).waitFor();
    });

    await step('on a phone: the menu drawer, in English', async () => {
      await setWidth(360);
      await shell.switchLanguage('en');
      await shell.pageHeading('My account').waitFor();
      await screenshot('account');
      await page.getByRole('button', { name: 'Open the menu' }).click();
      const drawer = page.getByRole('dialog', { name: 'Menu' });
      await drawer.getByRole('link', { name: 'Agencies' }).waitFor();
      await screenshot('menu');
      await drawer.getByRole('link', { name: 'Agencies' }).click();
      await shell.pageHeading('Agencies').waitFor();
      await page.getByRole('link', { name: 'Công an phường Bắc Nha Trang' }).waitFor();
      await screenshot('agencies');
      await setWidth(1280);
    });
  },
};
