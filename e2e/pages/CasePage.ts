import type { Locator, Page } from 'playwright-core';

/** The case file (/cases/:id): the purpose asked first, the next steps, each step's form in a dialog, the tasks. */
export class CasePage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  heading(caseNumber: string | RegExp = /^Vụ việc /) {
    const name = typeof caseNumber === 'string' ? `Vụ việc ${caseNumber}` : caseNumber;
    return this.page.getByRole('main').getByRole('heading', { level: 1, name });
  }

  async open(baseUrl: string, caseId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/cases/${caseId}`);
  }

  /** The first case of the session asks why it is opened (audited); the usual purpose is offered, confirm it. */
  async confirmPurposeIfAsked(caseNumber: string | RegExp): Promise<void> {
    const openButton = this.page.getByRole('button', { name: 'Mở hồ sơ' });
    await openButton.or(this.heading(caseNumber)).first().waitFor();
    if (await openButton.isVisible()) await openButton.click();
    await this.heading(caseNumber).waitFor();
  }

  /** The status badge under the title ("Mới tiếp nhận", "Đã đóng", …). */
  status(label: string) {
    return this.page.getByRole('main').getByText(label, { exact: true }).first();
  }

  stepButton(name: string) {
    return this.page
      .getByRole('region', { name: 'Bước tiếp theo:' })
      .getByRole('button', { name, exact: true });
  }

  /** Opens a step of the procedure from the action bar and returns its dialog. */
  async startStep(name: string): Promise<Locator> {
    await this.stepButton(name).click();
    const dialog = this.page.getByRole('dialog', { name });
    await dialog.waitFor();
    return dialog;
  }

  /** Submits a step's dialog and waits until it closes (the server accepted the step). */
  async submit(dialog: Locator, label = 'Ghi nhận'): Promise<void> {
    await dialog.getByRole('button', { name: label, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Picks an option of a select (Mantine combobox) inside a dialog or a task group. */
  async choose(scope: Locator, label: string, option: string | RegExp): Promise<void> {
    await scope.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /** A task of the plan, by its measure (the card's accessible name is "measure — agency"). */
  task(measure: RegExp) {
    return this.page.getByRole('list', { name: 'Nhiệm vụ' }).getByRole('listitem', { name: measure });
  }

  /** The alert of a case that cannot be shown (not found, or outside the jurisdiction: the same answer). */
  errorAlert() {
    return this.page.getByRole('main').getByRole('alert');
  }
}
