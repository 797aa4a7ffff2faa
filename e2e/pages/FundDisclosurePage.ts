import type { Page } from 'playwright-core';

/** The public disclosure page (/cong-khai), no login: the list, or one report with ?id=. */
export class FundDisclosurePage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(baseUrl: string, path = '/cong-khai'): Promise<void> {
    await this.page.goto(`${baseUrl}${path}`);
    await this.page.getByRole('status').filter({ hasText: 'Đang tải…' }).waitFor({ state: 'hidden' });
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  listLink(title: string) {
    return this.page.getByRole('link', { name: title, exact: true });
  }

  /** A headline figure: "Tổng thu", "Tổng chi", "Số dư cuối kỳ". */
  figure(label: string) {
    return this.page.locator('.figures div').filter({ hasText: label }).locator('strong');
  }

  table(caption: string | RegExp) {
    return this.page.getByRole('table').filter({ has: this.page.locator('caption', { hasText: caption }) });
  }

  async bodyText(): Promise<string> {
    return this.page.locator('body').innerText();
  }
}
