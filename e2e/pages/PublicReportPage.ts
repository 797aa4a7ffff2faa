import type { Locator, Page } from 'playwright-core';

export type PublicReport = {
  province: RegExp;
  commune: RegExp;
  place: string;
  description: string;
  urgent: boolean;
  harmType: string;
  environment: string;
  childName: string;
  childAge: string;
  childSex: 'Nữ' | 'Nam';
  whereNow: string;
};

/** Picks the option of a native select whose text matches, as a user reads the list. */
async function selectByText(select: Locator, text: RegExp): Promise<void> {
  const options = await select
    .locator('option')
    .evaluateAll((els) =>
      els.map((e) => ({ value: (e as HTMLOptionElement).value, text: e.textContent ?? '' })),
    );
  const match = options.find((o) => o.value !== '' && text.test(o.text));
  if (!match) throw new Error(`no option ${String(text)} among ${options.length}`);
  await select.selectOption(match.value);
}

/** The light public pages: the report form (/bao-cao) and the tracking page (/tra-cuu); no account, no app. */
export class PublicReportPage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async openForm(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/bao-cao`);
    await this.page.getByRole('heading', { level: 1, name: 'Báo tin về trẻ em cần được bảo vệ' }).waitFor();
  }

  /** Fills the form; the optional details are behind "Thêm thông tin". The reporter stays anonymous. */
  async fill(r: PublicReport): Promise<void> {
    const page = this.page;
    const province = page.getByRole('combobox', { name: /Tỉnh, thành phố/ });
    // The provinces arrive from the API after the page loads.
    await province.locator('option', { hasText: r.province }).first().waitFor({ state: 'attached' });
    await selectByText(province, r.province);
    const commune = page.getByRole('combobox', { name: /Xã, phường, đặc khu/ });
    await commune.locator('option', { hasText: r.commune }).first().waitFor({ state: 'attached' });
    await selectByText(commune, r.commune);
    await page.getByRole('textbox', { name: /Địa chỉ, thôn, tổ dân phố/ }).fill(r.place);
    await page.getByRole('textbox', { name: /Chuyện gì đã xảy ra/ }).fill(r.description);
    if (r.urgent) await page.getByRole('checkbox', { name: 'Trẻ đang gặp nguy hiểm ngay lúc này' }).check();
    await page.getByText('Thêm thông tin (không bắt buộc)').click();
    const harm = page.getByRole('combobox', { name: 'Loại sự việc' });
    await harm.locator('option', { hasText: r.harmType }).first().waitFor({ state: 'attached' });
    await selectByText(harm, new RegExp(`^${r.harmType}$`));
    await selectByText(page.getByRole('combobox', { name: 'Xảy ra ở đâu' }), new RegExp(r.environment));
    await page.getByRole('textbox', { name: 'Tên gọi của trẻ' }).fill(r.childName);
    await page.getByRole('textbox', { name: 'Tuổi (ước chừng)' }).fill(r.childAge);
    await selectByText(page.getByRole('combobox', { name: 'Giới tính' }), new RegExp(`^${r.childSex}$`));
    await page.getByRole('textbox', { name: 'Hiện giờ trẻ đang ở đâu' }).fill(r.whereNow);
    const anonymous = page.getByRole('checkbox', { name: /Gửi ẩn danh/ });
    if (!(await anonymous.isChecked())) throw new Error('the form must start anonymous');
  }

  /** Sends (the page solves its proof of work first) and returns the tracking code it shows. */
  async send(): Promise<string> {
    await this.page.getByRole('button', { name: 'Gửi báo tin' }).click();
    await this.page.getByRole('heading', { name: 'Đã gửi. Cảm ơn bạn.' }).waitFor({ timeout: 60_000 });
    const code = this.page.getByText(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    return (await code.innerText()).trim();
  }

  async openTracking(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/tra-cuu`);
    await this.page.getByRole('heading', { level: 1, name: 'Tra cứu tình trạng báo tin' }).waitFor();
  }

  /** Looks the code up, waits for `status` and returns the whole text of the page's main part. */
  async track(code: string, status: string): Promise<string> {
    await this.page.getByRole('textbox', { name: 'Mã theo dõi' }).fill(code);
    await this.page.getByRole('button', { name: 'Tra cứu' }).click();
    await this.page.getByText(status, { exact: true }).waitFor();
    return this.page.getByRole('main').innerText();
  }
}
