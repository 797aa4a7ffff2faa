import type { Page } from 'playwright-core';

/** The administrative units page and its UnitPicker combobox. */
export class UnitsPage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  picker(label: string) {
    return this.page.getByRole('combobox', { name: label });
  }

  option(name: RegExp) {
    return this.page.getByRole('option', { name });
  }

  /** Types into the picker and waits until an option matching `expect` is listed. */
  async search(label: string, text: string, expect: RegExp): Promise<void> {
    const input = this.picker(label);
    await input.fill('');
    await input.pressSequentially(text);
    await this.option(expect).first().waitFor();
  }

  /** Picks the highlighted (first) match with the keyboard, as a screen-reader user would. */
  async pickWithKeyboard(label: string): Promise<void> {
    await this.picker(label).press('Enter');
  }

  details() {
    return this.page.getByTestId('unit-details');
  }
}
