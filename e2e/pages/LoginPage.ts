import type { Page } from 'playwright-core';

/** The login screen, in either language (labels passed by the caller's locale). */
export class LoginPage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/`);
    await this.heading().waitFor();
  }

  heading(name: string | RegExp = /Đăng nhập|Log in/) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  demoBanner() {
    return this.page.getByRole('note').filter({ hasText: 'DỮ LIỆU MẪU / DEMO' });
  }

  /** The second step after the password: a TOTP code or a recovery code. */
  async verifySecondFactor(code: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Xác thực hai lớp' }).waitFor();
    await this.page.getByRole('textbox', { name: 'Mã xác thực' }).fill(code);
    await this.page.getByRole('button', { name: 'Xác nhận' }).click();
  }

  /** The forced change of a temporary password. */
  async changeTemporaryPassword(current: string, next: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }).waitFor();
    await this.page.getByRole('textbox', { name: 'Mật khẩu hiện tại', exact: true }).fill(current);
    await this.page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill(next);
    await this.page.getByRole('textbox', { name: 'Nhập lại mật khẩu mới', exact: true }).fill(next);
    await this.page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  }

  async logIn(username: string, password: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(username);
    await this.page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Đăng nhập' }).click();
  }
}
