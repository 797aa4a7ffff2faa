import type { Page } from 'playwright-core';

/** The bell in the header: the unread count in its name, a menu of the latest notifications. */
export class NotificationBell {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  button() {
    return this.page.getByRole('button', { name: /^Thông báo/ });
  }

  /** The bell once it counts unread notifications ("Thông báo: 2 chưa đọc"). */
  unread() {
    return this.page.getByRole('button', { name: /^Thông báo: \d+ chưa đọc$/ });
  }

  async open(): Promise<void> {
    await this.button().click();
    await this.page.getByRole('menu').waitFor();
  }

  item(text: string | RegExp) {
    return this.page.getByRole('menu').getByRole('menuitem').filter({ hasText: text });
  }
}
