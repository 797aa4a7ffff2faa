import type { Download, Page } from 'playwright-core';

/** A result report of the Action Month (/action-month/reports/:id): figures, save, submit, review, exports. */
export class AmReportPage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('main').getByRole('heading', { level: 1, name });
  }

  status(label: string) {
    return this.page.getByRole('main').getByText(label, { exact: true }).first();
  }

  /** The card of one result row (editable), by its activity's title. */
  resultCard(title: string) {
    return this.page.getByRole('article', { name: `Kết quả: ${title}` });
  }

  /** Types figures into a result card, by the figures' labels ("Trẻ em được tiếp cận": 120). */
  async fillFigures(title: string, figures: Record<string, number>): Promise<void> {
    const card = this.resultCard(title);
    for (const [label, value] of Object.entries(figures)) {
      const field = card.getByRole('textbox', { name: label, exact: true });
      if (!(await field.count())) await card.getByRole('button', { name: 'Nhập thêm chỉ số khác' }).click();
      await field.fill(String(value));
    }
  }

  async fillNarrative(summary: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Tóm tắt kết quả' }).fill(summary);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await this.page.getByRole('status').filter({ hasText: 'Đã lưu báo cáo.' }).waitFor();
  }

  async submit(): Promise<void> {
    const page = this.page;
    await page
      .getByRole('region', { name: 'Lưu và nộp báo cáo' })
      .getByRole('button', { name: /Nộp/ })
      .click();
    await page
      .getByRole('dialog', { name: 'Nộp báo cáo' })
      .getByRole('button', { name: 'Nộp báo cáo' })
      .click();
    await page.getByRole('status').filter({ hasText: 'Đã nộp báo cáo' }).waitFor();
  }

  async accept(): Promise<void> {
    const page = this.page;
    await page.getByRole('button', { name: 'Duyệt báo cáo' }).click();
    await page
      .getByRole('dialog', { name: 'Duyệt báo cáo' })
      .getByRole('button', { name: 'Duyệt', exact: true })
      .click();
    await page.getByText('Báo cáo đã được duyệt và khoá', { exact: false }).waitFor();
  }

  /** Clicks an export button and waits for the browser's download. */
  async download(button: 'Tải PDF' | 'Tải Word (DOCX)' | 'Tải Excel (XLSX)'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('group', { name: 'Xuất báo cáo' }).getByRole('link', { name: button }).click(),
    ]);
    return download;
  }
}
