import type { Page } from 'playwright-core';

/** The child register: the list with its search, a child's profile, the create form (Vietnamese labels). */
export class RegisterPage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  heading(name: string | RegExp = 'Sổ theo dõi trẻ em') {
    return this.page.getByRole('main').getByRole('heading', { level: 1, name });
  }

  searchBox() {
    return this.page.getByRole('searchbox', { name: 'Tìm theo họ tên' });
  }

  /** Types as a user does (one key at a time: the list follows as you type) and waits for `name` to be listed. */
  async search(text: string, name: string): Promise<void> {
    const box = this.searchBox();
    await box.fill('');
    await box.pressSequentially(text, { delay: 20 });
    // "Đang tìm…" while typing and fetching; then the page summary of the new list.
    await this.page
      .getByRole('status')
      .filter({ hasText: /^Trang \d+: \d+ trẻ em$/ })
      .waitFor();
    await this.childLink(name).first().waitFor();
  }

  childLink(name: string) {
    return this.page.getByRole('main').getByRole('link', { name, exact: true });
  }

  /** The names listed, in the list's order. */
  async listedNames(): Promise<string[]> {
    const links = this.page.getByRole('region', { name: 'Sổ theo dõi trẻ em' }).getByRole('link');
    const count = await links.count();
    const names: string[] = [];
    for (let i = 0; i < count; i++) names.push((await links.nth(i).innerText()).trim());
    if (names.length > 0) return names;
    const cards = this.page.getByRole('list', { name: 'Sổ theo dõi trẻ em' }).getByRole('link');
    for (let i = 0; i < (await cards.count()); i++) names.push((await cards.nth(i).innerText()).trim());
    return names;
  }

  /** The first profile of the session asks why it is opened (audited with the view). */
  async choosePurpose(label: string): Promise<void> {
    const select = this.page.getByRole('combobox', { name: 'Mục đích xem hồ sơ' });
    await select.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
    await this.page.getByRole('button', { name: 'Xem hồ sơ' }).click();
  }

  section(name: string) {
    return this.page.getByRole('region', { name });
  }

  /** Marks a special-circumstance group on the open profile. */
  async markCircumstance(groupLabel: RegExp, subgroupLabel: RegExp | null, startDate: string): Promise<void> {
    const section = this.section('Hoàn cảnh đặc biệt');
    await section.getByRole('button', { name: 'Đánh dấu nhóm' }).click();
    const form = section.getByRole('form', { name: 'Đánh dấu nhóm' });
    await form.getByRole('combobox', { name: 'Nhóm hoàn cảnh đặc biệt' }).click();
    await this.page.getByRole('option', { name: groupLabel }).click();
    if (subgroupLabel) {
      await form.getByRole('combobox', { name: 'Nhóm chi tiết' }).click();
      await this.page.getByRole('option', { name: subgroupLabel }).first().click();
    }
    const date = form.getByRole('textbox', { name: 'Từ ngày' });
    await date.fill(startDate);
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.waitFor({ state: 'detached' });
  }
}
