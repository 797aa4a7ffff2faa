import type { Journey } from '../lib/journey';
import { AppShell } from '../pages/AppShell';
import { AuditPage } from '../pages/AuditPage';
import { EnrolPage } from '../pages/EnrolPage';
import { LoginPage } from '../pages/LoginPage';
import { UsersPage } from '../pages/UsersPage';
import { DEMO_PASSWORD } from './smoke';

/**
 * The national administrator's first day: enrol a second factor at first login, keep the recovery codes, create a
 * commune officer, then find the logins in the audit log and verify its hash chain.
 */
export const admin: Journey = {
  name: 'admin',
  run: async ({ page, baseUrl, step, screenshot, setWidth }) => {
    const login = new LoginPage(page);
    const shell = new AppShell(page);
    const enrol = new EnrolPage(page);
    const users = new UsersPage(page);
    const audit = new AuditPage(page);

    await step('log in as quantri: enrolment is required', async () => {
      await login.open(baseUrl);
      await login.logIn('quantri', DEMO_PASSWORD);
      await enrol.heading().waitFor();
      await page.getByRole('img', { name: /Mã QR/ }).waitFor();
      await screenshot('enrol');
      await setWidth(360);
      await screenshot('enrol');
      await setWidth(1280);
    });

    let recoveryCode = '';
    let newUserPassword = '';

    await step('confirm with a TOTP code and keep the recovery codes', async () => {
      const secret = await enrol.secret();
      await enrol.confirm(EnrolPage.codeFor(secret));
      await enrol.recoveryCodes().first().waitFor();
      const count = await enrol.recoveryCodes().count();
      if (count < 5) throw new Error(`expected at least 5 recovery codes, saw ${count}`);
      recoveryCode = (await enrol.recoveryCodes().first().innerText()).trim();
      await screenshot('recovery-codes');
      await enrol.acknowledgeCodes();
      await shell.pageHeading(/^Xin chào, /).waitFor();
    });

    await step('create a commune officer', async () => {
      await shell.open('Người dùng');
      await shell.pageHeading('Người dùng').waitFor();
      await users.startCreate();
      newUserPassword = await users.fillAndCreate({
        username: 'e2e.canbo',
        displayName: 'Nguyễn Văn Thử (e2e)',
        roleLabel: 'Cán bộ bảo vệ trẻ em cấp xã',
        unitLabel: 'Xã, phường công tác',
        unitSearch: 'bac nha trang',
        unitMatch: /Phường Bắc Nha Trang/,
      });
      await shell.pageHeading('Người dùng').waitFor();
      await page.getByRole('textbox', { name: 'Tìm kiếm', exact: true }).fill('e2e.canbo');
      await users.row('e2e.canbo').waitFor();
      await users.row('canbo.tinh').waitFor({ state: 'detached' });
      await screenshot('users');
      await setWidth(360);
      await screenshot('users');
      await setWidth(1280);
    });

    await step('audit log shows the logins and the chain verifies', async () => {
      await shell.open('Nhật ký truy cập');
      await shell.pageHeading('Nhật ký truy cập').waitFor();
      await audit.rows('auth.login', 'quantri').first().waitFor();
      await audit.rows('user.create', 'quantri').first().waitFor();
      await audit.verifyChain();
      await audit.verifyResult().waitFor();
      await screenshot('audit');
      await setWidth(360);
      await screenshot('audit');
      await setWidth(1280);
    });

    await step('role settings: the administrator role always requires a second factor', async () => {
      await shell.open('Vai trò và bảo mật');
      await shell.pageHeading('Vai trò và bảo mật').waitFor();
      const adminRow = page.getByRole('row').filter({ hasText: 'Quản trị hệ thống' });
      await adminRow.getByText('Luôn bắt buộc').waitFor();
      if ((await adminRow.getByRole('switch').count()) !== 0)
        throw new Error('the system_admin setting must be locked');
      const inspector = page.getByRole('switch', { name: /Thanh tra, kiểm tra/ });
      if (!(await inspector.isChecked())) throw new Error('inspectors require a second factor by default');
      await screenshot('roles');
    });

    await step('create an agency', async () => {
      await shell.open('Cơ quan, tổ chức');
      await shell.pageHeading('Cơ quan, tổ chức').waitFor();
      await page.getByRole('link', { name: 'Thêm cơ quan' }).click();
      await shell.pageHeading('Thêm cơ quan, tổ chức').waitFor();
      await page.getByRole('combobox', { name: 'Loại cơ quan' }).click();
      await page.getByRole('option', { name: 'Trường học', exact: true }).click();
      await page.getByRole('textbox', { name: 'Tên cơ quan' }).fill('Trường THCS Thử nghiệm (e2e)');
      const unitLabel = 'Địa bàn (tỉnh hoặc xã)';
      await page.getByRole('combobox', { name: unitLabel }).pressSequentially('bac nha trang');
      await page
        .getByRole('option', { name: /Phường Bắc Nha Trang/ })
        .first()
        .click();
      await page.getByRole('button', { name: 'Tạo cơ quan' }).click();
      await shell.pageHeading('Cơ quan, tổ chức').waitFor();
      await page.getByRole('link', { name: 'Trường THCS Thử nghiệm (e2e)' }).waitFor();
    });

    await step('log out', async () => {
      await shell.logOut('Đăng xuất');
      await login.heading('Đăng nhập').waitFor();
    });

    await step('the new user must change the temporary password', async () => {
      await login.logIn('e2e.canbo', newUserPassword);
      await login.changeTemporaryPassword(newUserPassword, 'mat-khau-moi-e2e-2026');
      await shell.pageHeading('Xin chào, Nguyễn Văn Thử (e2e)').waitFor();
      await shell.logOut('Đăng xuất');
      await login.heading('Đăng nhập').waitFor();
    });

    await step('quantri logs in again with a recovery code', async () => {
      await login.logIn('quantri', DEMO_PASSWORD);
      await login.verifySecondFactor(recoveryCode);
      await shell.pageHeading(/^Xin chào, /).waitFor();
    });

    await step('disable the new user, then set a temporary password', async () => {
      await shell.open('Người dùng');
      await page.getByRole('link', { name: 'e2e.canbo', exact: true }).click();
      await shell.pageHeading(/e2e\.canbo/).waitFor();
      await page.getByRole('button', { name: 'Vô hiệu hoá' }).click();
      const dialog = page.getByRole('dialog', { name: 'Xác nhận' });
      await dialog.getByRole('button', { name: 'Xác nhận' }).click();
      await page.getByRole('button', { name: 'Kích hoạt lại' }).waitFor();
      await page.getByText('Đã vô hiệu hoá').first().waitFor();
      await page.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
      await dialog.getByText(/^Mật khẩu tạm thời \(/).waitFor();
      await dialog.getByRole('button', { name: 'Xác nhận' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã đặt mật khẩu tạm thời' }).waitFor();
      await screenshot('user-actions');
    });

    await step('audit log filtered by operation', async () => {
      await shell.open('Nhật ký truy cập');
      await page.getByRole('combobox', { name: 'Thao tác' }).click();
      await page.getByRole('option', { name: /user\.update/ }).click();
      await audit.rows('user.update', 'quantri').first().waitFor();
      await audit.rows('auth.login', 'quantri').first().waitFor({ state: 'detached' });
    });

    await step('log out at the end', async () => {
      await shell.logOut('Đăng xuất');
      await login.heading('Đăng nhập').waitFor();
    });
  },
};
