import type { Page } from 'playwright-core';

export type CampaignFields = {
  name: string;
  description: string;
  target: string;
  start: string;
  end: string;
};
export type DonorFields = {
  name: string;
  kind: 'Tổ chức, doanh nghiệp' | 'Cá nhân';
  phone?: string;
  showPublicly: boolean;
};
export type DonationFields = {
  /** Typed into the donor picker; `donor` picks the option. */
  donorSearch: string;
  donor: string;
  campaign: string;
  amount: string;
  /** The purpose's Vietnamese label (fund-labels.ts): "Học bổng", "Chung (không hạn chế)"… */
  purpose: string;
  receipt: string;
};
export type DisbursementFields = {
  campaign: string;
  purpose: string;
  /** Typed into the child picker (without diacritics); `child` picks the option. */
  childSearch: string;
  child: RegExp;
  decisionNumber: string;
  decisionDate: string;
  amount: string;
};

/** The fund officer's pages (/funds, /funds/$fundId with its tabs, /funds/$fundId/campaigns/$campaignId). */
export class FundOfficePage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('main').getByRole('heading', { level: 1, name });
  }

  fundLink(name: string) {
    return this.page.getByRole('main').getByRole('link', { name, exact: true });
  }

  async openTab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
    await this.page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
  }

  private textbox(name: string) {
    return this.page.getByRole('main').getByRole('textbox', { name, exact: false });
  }

  /** A Select: open it and pick the option with this exact label. */
  private async choose(label: string, option: string): Promise<void> {
    await this.page.getByRole('main').getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  private async segment(name: string): Promise<void> {
    await this.page.getByRole('main').getByRole('radio', { name, exact: true }).check({ force: true });
  }

  async createCampaign(c: CampaignFields): Promise<void> {
    await this.page.getByRole('button', { name: 'Tạo chiến dịch' }).click();
    await this.textbox('Tên chiến dịch').fill(c.name);
    await this.textbox('Mô tả').fill(c.description);
    await this.textbox('Mục tiêu vận động').fill(c.target);
    await this.textbox('Từ ngày').fill(c.start);
    await this.textbox('Đến ngày').fill(c.end);
  }

  async saveCampaign(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu chiến dịch' }).click();
    await this.page.getByRole('button', { name: 'Lưu chiến dịch' }).waitFor({ state: 'detached' });
  }

  async addDonor(d: DonorFields): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm nhà tài trợ', exact: true }).click();
    await this.segment(d.kind);
    await this.textbox('Tên nhà tài trợ').fill(d.name);
    if (d.phone) await this.textbox('Điện thoại').fill(d.phone);
    if (d.showPublicly)
      await this.page.getByRole('checkbox', { name: 'Nêu tên trong báo cáo công khai' }).check();
    await this.page.getByRole('button', { name: 'Lưu nhà tài trợ' }).click();
    await this.page.getByRole('button', { name: 'Lưu nhà tài trợ' }).waitFor({ state: 'detached' });
  }

  async fillDonation(d: DonationFields): Promise<void> {
    await this.page.getByRole('button', { name: 'Ghi nhận khoản tài trợ' }).click();
    await this.page.getByRole('main').getByRole('combobox', { name: 'Nhà tài trợ' }).fill(d.donorSearch);
    await this.page.getByRole('option', { name: d.donor, exact: true }).click();
    await this.choose('Chiến dịch', d.campaign);
    await this.textbox('Số tiền').fill(d.amount);
    await this.choose('Mục đích', d.purpose);
    await this.textbox('Số biên lai').fill(d.receipt);
  }

  /** Saves the donation; the page confirms it ("Đã ghi nhận … của …"). */
  async saveDonation(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu khoản tài trợ' }).click();
    await this.page.getByRole('status').filter({ hasText: 'Đã ghi nhận' }).waitFor();
  }

  async fillDisbursement(d: DisbursementFields): Promise<void> {
    await this.page.getByRole('button', { name: 'Ghi khoản chi hỗ trợ' }).click();
    await this.choose('Chiến dịch', d.campaign);
    await this.choose('Mục đích', d.purpose);
    await this.page
      .getByRole('main')
      .getByRole('combobox', { name: 'Trẻ em nhận hỗ trợ' })
      .fill(d.childSearch);
    await this.page.getByRole('option', { name: d.child }).first().click();
    await this.textbox('Số quyết định').fill(d.decisionNumber);
    await this.textbox('Ngày quyết định').fill(d.decisionDate);
    await this.textbox('Số tiền').fill(d.amount);
  }

  async setDisbursementAmount(amount: string): Promise<void> {
    await this.textbox('Số tiền').fill(amount);
  }

  async submitDisbursement(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu khoản chi' }).click();
  }

  /** The alert of a refused disbursement (409 fund.insufficient). */
  insufficientAlert() {
    return this.page.getByRole('alert').filter({ hasText: 'Không đủ tiền để chi' });
  }

  async publishDisclosure(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Công khai thu chi' }).click();
    await this.textbox('Tiêu đề').fill(title);
    await this.page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await this.page.getByRole('status').filter({ hasText: 'Đã công bố' }).waitFor();
  }

  /** The "Xem trang công khai" link of a published disclosure, by its title. */
  async publicLinkOf(title: string): Promise<string> {
    const href = await this.page
      .getByRole('listitem')
      .filter({ hasText: title })
      .getByRole('link', { name: 'Xem trang công khai' })
      .getAttribute('href');
    if (!href) throw new Error(`no public link for "${title}"`);
    return href;
  }
}
