import type { Page } from 'playwright-core';

export class AuditPage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  rows(operation: string, actor: string) {
    return this.page.getByRole('row').filter({ hasText: operation }).filter({ hasText: actor });
  }

  async verifyChain(): Promise<void> {
    await this.page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
  }

  verifyResult() {
    return this.page.getByRole('status').filter({ hasText: 'Nhật ký toàn vẹn' });
  }
}
