import type { Page } from 'playwright-core';

export type AmThemeEntry = {
  year: number;
  theme: string;
  slogans: string[];
  guidingDocument: string;
  /** dd/mm/yyyy, as typed. */
  communeDue: string;
  provinceDue: string;
};

/** Chủ đề các năm (/action-month/themes): the national officer sets a year's theme, slogans and deadlines. */
export class AmThemesPage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  heading() {
    return this.page
      .getByRole('main')
      .getByRole('heading', { level: 1, name: 'Chủ đề Tháng hành động các năm' });
  }

  /** The row of a year in the table. */
  row(year: number) {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: String(year) }) });
  }

  /** Adds the year, or edits it when it already has a row (reference data or an earlier run). */
  async setTheme(entry: AmThemeEntry): Promise<void> {
    const page = this.page;
    const existing = page.getByRole('button', { name: `Sửa chủ đề năm ${entry.year}` });
    if (await existing.count()) await existing.click();
    else {
      await page.getByRole('button', { name: 'Thêm năm' }).click();
      await page.getByRole('textbox', { name: 'Năm' }).fill(String(entry.year));
    }
    const form = page.getByRole('form', { name: `Chủ đề năm ${entry.year}` });
    await form.getByRole('textbox', { name: 'Chủ đề' }).fill(entry.theme);
    await form.getByRole('textbox', { name: 'Khẩu hiệu' }).fill(entry.slogans.join('\n'));
    await form.getByRole('textbox', { name: 'Văn bản hướng dẫn' }).fill(entry.guidingDocument);
    await form.getByRole('textbox', { name: 'Hạn xã, cơ quan báo cáo tỉnh' }).fill(entry.communeDue);
    await form.getByRole('textbox', { name: 'Hạn tỉnh báo cáo Bộ' }).fill(entry.provinceDue);
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.waitFor({ state: 'detached' });
  }
}
