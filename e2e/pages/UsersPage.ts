import type { Page } from 'playwright-core';
import { UnitsPage } from './UnitsPage';

export type NewUser = {
  username: string;
  displayName: string;
  roleLabel: string;
  unitSearch: string;
  unitMatch: RegExp;
  unitLabel: string;
};

/** The users list and the create form. */
export class UsersPage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async startCreate(): Promise<void> {
    await this.page.getByRole('link', { name: 'Thêm người dùng' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Thêm người dùng' }).waitFor();
  }

  /** Fills the form, generates the initial password and submits; returns the password the form showed. */
  async fillAndCreate(user: NewUser): Promise<string> {
    const page = this.page;
    await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(user.username);
    await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill(user.displayName);
    await page.getByRole('combobox', { name: 'Vai trò' }).click();
    await page.getByRole('option', { name: user.roleLabel, exact: true }).click();
    const units = new UnitsPage(page);
    await units.search(user.unitLabel, user.unitSearch, user.unitMatch);
    await units.option(user.unitMatch).first().click();
    await page.getByRole('button', { name: 'Tạo ngẫu nhiên' }).click();
    // Generating shows the password (type=text), so the administrator can pass it on.
    const password = await page.getByRole('textbox', { name: 'Mật khẩu ban đầu' }).inputValue();
    await page.getByRole('button', { name: 'Tạo người dùng' }).click();
    return password;
  }

  row(username: string) {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: username, exact: true }) });
  }
}
