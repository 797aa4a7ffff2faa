import type { Page } from 'playwright-core';

export type HotlineCall = {
  /** Harm-type chips, by their Vietnamese names (data/reference/harm-types.csv). */
  categories: string[];
  summary: string;
  advice?: string;
  childName?: string;
};

export type HotlineTransfer = {
  /** Typed into the commune picker without diacritics; `commune` picks the option. */
  communeSearch: string;
  commune: RegExp;
  environment: string;
  perpetrator: string;
  age?: string;
};

/** The hotline 111 console (/hotline): log the call, transfer it to a commune, follow the transfers' progress. */
export class HotlinePage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  heading() {
    return this.page.getByRole('main').getByRole('heading', { level: 1, name: /Tổng đài 111/ });
  }

  /** Fills the call form as the counsellor does during the call, ends the call and saves it. */
  async logCall(call: HotlineCall): Promise<void> {
    const page = this.page;
    for (const name of call.categories) await page.getByText(name, { exact: true }).click();
    await page.getByRole('textbox', { name: 'Nội dung cuộc gọi' }).fill(call.summary);
    if (call.advice) await page.getByRole('textbox', { name: 'Tư vấn đã đưa ra' }).fill(call.advice);
    if (call.childName)
      await page.getByRole('textbox', { name: 'Họ tên trẻ (nếu biết)' }).fill(call.childName);
    await page.getByRole('button', { name: 'Kết thúc cuộc gọi' }).click();
    await page.getByText(/Kết thúc lúc/).waitFor();
    await page.getByRole('button', { name: 'Lưu cuộc gọi' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu cuộc gọi' }).waitFor();
  }

  /** Fills the transfer form of the saved call; `submit` sends it. */
  async fillTransfer(transfer: HotlineTransfer): Promise<void> {
    const page = this.page;
    await page.getByRole('combobox', { name: /Xã, phường nơi trẻ cư trú/ }).fill(transfer.communeSearch);
    await page.getByRole('option', { name: transfer.commune }).first().click();
    await page.getByRole('combobox', { name: /Môi trường xảy ra/ }).click();
    await page.getByRole('option', { name: transfer.environment, exact: true }).click();
    await page.getByRole('combobox', { name: 'Người gây hại' }).click();
    await page.getByRole('option', { name: transfer.perpetrator, exact: true }).click();
    if (transfer.age) await page.getByRole('textbox', { name: 'Tuổi (ước tính)' }).fill(transfer.age);
  }

  /** Sends the transfer and returns the case number the console shows ("Mã vụ việc: 22333-2026-00007"). */
  async submitTransfer(): Promise<string> {
    await this.page.getByRole('button', { name: 'Chuyển cho xã' }).click();
    const done = this.page.getByRole('status').filter({ hasText: 'Mã vụ việc' });
    await done.waitFor();
    const caseNumber = /Mã vụ việc: ([\d-]+)/.exec(await done.innerText())?.[1];
    if (!caseNumber) throw new Error(`no case number in "${await done.innerText()}"`);
    return caseNumber;
  }

  async newCall(): Promise<void> {
    await this.page.getByRole('button', { name: 'Cuộc gọi mới' }).click();
    await this.page.getByRole('heading', { name: 'Ghi nhận cuộc gọi' }).waitFor();
  }

  /** The card of one transferred call in "Các cuộc gọi đã chuyển". */
  transferCard(caseNumber: string) {
    return this.page
      .getByRole('list', { name: 'Các cuộc gọi đã chuyển' })
      .getByRole('listitem')
      .filter({ hasText: caseNumber });
  }

  /** A progress badge of a transfer: "Chờ xã tiếp nhận · còn …", "Xã đã tiếp nhận", "Đã báo lên tỉnh". */
  badge(caseNumber: string, text: string | RegExp) {
    return this.transferCard(caseNumber).getByText(text);
  }
}
