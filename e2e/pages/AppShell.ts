import type { Page } from 'playwright-core';

/** The signed-in frame: main menu, language switch, log-out button. */
export class AppShell {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  pageHeading(name: string | RegExp) {
    return this.page.getByRole('main').getByRole('heading', { level: 1, name });
  }

  menuLink(name: string) {
    return this.page
      .getByRole('navigation', { name: /Menu chính|Main menu/ })
      .getByRole('link', { name, exact: true });
  }

  async open(name: string): Promise<void> {
    await this.menuLink(name).click();
  }

  /** With the keyboard, as radio groups work: focus the current language and arrow to the other one. */
  async switchLanguage(to: 'vi' | 'en'): Promise<void> {
    const group = this.page.getByRole('radiogroup', { name: /Ngôn ngữ|Language/ });
    await group.getByRole('radio', { name: to === 'en' ? 'Tiếng Việt' : 'English' }).focus();
    await this.page.keyboard.press(to === 'en' ? 'ArrowRight' : 'ArrowLeft');
  }

  async logOut(label: 'Đăng xuất' | 'Log out'): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
  }
}
