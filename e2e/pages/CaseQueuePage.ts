import type { Page } from 'playwright-core';

export type QueueTab = 'Mới' | 'Sắp đến hạn' | 'Quá hạn' | 'Đang xử lý' | 'Đã đóng' | 'Tất cả';

const QUEUE_OF: Record<QueueTab, string> = {
  Mới: 'new',
  'Sắp đến hạn': 'due_soon',
  'Quá hạn': 'overdue',
  'Đang xử lý': 'open',
  'Đã đóng': 'closed',
  'Tất cả': 'all',
};

/** The case queue (/cases): one tab per queue, a table on a wide screen and cards on a phone. */
export class CaseQueuePage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  heading() {
    return this.page.getByRole('main').getByRole('heading', { level: 1, name: 'Vụ việc cần xử lý' });
  }

  /** Opens a queue by its URL (the tab is part of the search), optionally narrowed to one commune. */
  async open(baseUrl: string, tab: QueueTab, communeCode?: string): Promise<void> {
    const commune = communeCode ? `&communeCode=${communeCode}` : '';
    await this.page.goto(`${baseUrl}/cases?queue=${QUEUE_OF[tab]}${commune}`);
    await this.heading().waitFor();
    await this.settled();
  }

  tab(tab: QueueTab) {
    return this.page.getByRole('tab', { name: new RegExp(`^${tab}`) });
  }

  async showTab(tab: QueueTab): Promise<void> {
    await this.tab(tab).click();
    await this.page.waitForURL(new RegExp(`queue=${QUEUE_OF[tab]}`));
    await this.settled();
  }

  /** Waits until the list of the tab has loaded: cases listed, or the empty state. */
  async settled(): Promise<void> {
    const panel = this.page.getByRole('tabpanel');
    await panel
      .getByRole('link')
      .first()
      .or(panel.getByText('Không có vụ việc nào trong mục này.'))
      .waitFor();
  }

  caseLink(caseNumber: string) {
    return this.page.getByRole('tabpanel').getByRole('link', { name: new RegExp(caseNumber) });
  }

  /** The row (wide screen) of a case, for its badges and its running clock. */
  row(caseNumber: string) {
    const link = this.page.getByRole('link', { name: new RegExp(caseNumber) });
    return this.page.getByRole('tabpanel').getByRole('row').filter({ has: link });
  }

  /** Every case number listed in the open tab. */
  async caseNumbers(): Promise<string[]> {
    const text = await this.page.getByRole('tabpanel').innerText();
    return [...text.matchAll(/\b\d{5}-\d{4}-\d{5}\b/g)].map((m) => m[0]);
  }
}
