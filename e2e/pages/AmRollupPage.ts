import type { Page } from 'playwright-core';

/** The roll-up of a province or of the nation (/action-month/rollup). */
export class AmRollupPage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('main').getByRole('heading', { level: 1, name });
  }

  completeness(text: string | RegExp) {
    return this.page.getByRole('region', { name: 'Tình hình báo cáo' }).getByText(text);
  }

  /** A totals card: its label and value, e.g. "Trẻ em được tiếp cận" and "120". */
  total(label: string, value: string) {
    return this.page
      .getByRole('region', { name: /^Tổng số liệu/ })
      .locator('div')
      .filter({ hasText: label })
      .filter({ hasText: value })
      .first();
  }

  unitRow(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }
}
