import type { Page } from 'playwright-core';

export type AmActivityEntry = {
  /** The activity type's Vietnamese label ("Truyền thông", "Thăm hỏi, tặng quà"). */
  type: string;
  title: string;
  /** Typed into the agency chooser; the option whose name matches is picked. */
  agency?: { search: string; name: RegExp };
  allCommunes?: boolean;
  budgetState?: number;
  targets?: string;
};

/** A plan of the Action Month (/action-month/plans/:id): activities, "Ban hành", documents. */
export class AmPlanPage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  heading(title: string | RegExp) {
    return this.page.getByRole('main').getByRole('heading', { level: 1, name: title });
  }

  status(label: 'Dự thảo' | 'Đã ban hành') {
    return this.page.getByRole('main').getByText(label, { exact: true }).first();
  }

  /** The activity list (a table on a desktop, cards on a phone), named the same way. */
  activities() {
    return this.page
      .getByRole('region', { name: 'Bảng hoạt động của kế hoạch' })
      .or(this.page.getByRole('list', { name: 'Bảng hoạt động của kế hoạch' }));
  }

  async addActivity(a: AmActivityEntry): Promise<void> {
    const page = this.page;
    await page.getByRole('button', { name: 'Thêm hoạt động' }).click();
    const form = page.getByRole('form', { name: 'Thêm hoạt động' });
    await form.getByRole('combobox', { name: 'Loại hoạt động' }).click();
    await page.getByRole('option', { name: a.type, exact: true }).click();
    await form.getByRole('textbox', { name: 'Nội dung hoạt động' }).fill(a.title);
    if (a.agency) {
      await form.getByRole('combobox', { name: 'Giao cơ quan, tổ chức' }).pressSequentially(a.agency.search);
      await page.getByRole('option', { name: a.agency.name }).first().click();
    }
    if (a.allCommunes) await form.getByText('Tất cả các xã', { exact: true }).click();
    if (a.budgetState !== undefined)
      await form.getByRole('textbox', { name: 'Kinh phí ngân sách' }).fill(String(a.budgetState));
    if (a.targets) await form.getByRole('textbox', { name: 'Chỉ tiêu' }).fill(a.targets);
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.waitFor({ state: 'detached' });
    await this.activities().getByText(a.title).first().waitFor();
  }

  async issue(doc: { number: string; signer: string; signerTitle: string }): Promise<void> {
    const page = this.page;
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    const form = page.getByRole('form', { name: 'Ban hành kế hoạch' });
    await form.getByRole('textbox', { name: 'Số văn bản' }).fill(doc.number);
    await form.getByRole('textbox', { name: 'Người ký', exact: true }).fill(doc.signer);
    await form.getByRole('textbox', { name: 'Chức vụ người ký' }).fill(doc.signerTitle);
    await form.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
    await form.waitFor({ state: 'detached' });
    await this.status('Đã ban hành').waitFor();
  }
}
