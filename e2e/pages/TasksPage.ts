import type { Page } from 'playwright-core';

/** A partner agency's tasks (/tasks): one card per task, each with the actions the agency may take. */
export class TasksPage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  heading() {
    return this.page.getByRole('main').getByRole('heading', { level: 1, name: 'Nhiệm vụ của cơ quan' });
  }

  /** The card of a task of one case, by its measure (the card's title). */
  card(caseNumber: string, measure: string | RegExp) {
    return this.page.getByRole('article', { name: measure }).filter({ hasText: caseNumber });
  }

  /** Runs a task action from its card and confirms the dialog (with the text when the action needs one). */
  async act(caseNumber: string, measure: string | RegExp, action: string, text?: string): Promise<void> {
    await this.card(caseNumber, measure).getByRole('button', { name: action, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: action });
    await dialog.waitFor();
    if (text !== undefined) await dialog.getByRole('textbox').fill(text);
    await dialog.getByRole('button', { name: action, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
