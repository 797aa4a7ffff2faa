import type { Page } from 'playwright-core';

/** The Action Month home (/action-month): the year's theme and, per role, the sections of plans and reports. */
export class AmHomePage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(baseUrl: string, year: number): Promise<void> {
    await this.page.goto(`${baseUrl}/action-month?year=${year}`);
    await this.heading().waitFor();
  }

  heading() {
    return this.page.getByRole('main').getByRole('heading', { level: 1, name: 'Tháng hành động vì trẻ em' });
  }

  /** A titled card of the page ("Nhiệm vụ được giao", "Báo cáo chờ duyệt (1)"…). */
  section(name: string | RegExp) {
    return this.page.getByRole('main').getByRole('region', { name });
  }

  /** The theme card of a year, with the theme text as its heading. */
  theme(year: number, text: string) {
    return this.page.getByRole('region', { name: `Chủ đề năm ${year}` }).getByRole('heading', { name: text });
  }
}
