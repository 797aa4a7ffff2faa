import fs from 'node:fs';
import type { Download, Page } from 'playwright-core';

async function bytesOf(download: Download): Promise<Buffer> {
  const file = await download.path();
  return fs.readFileSync(file);
}

/** The import wizard: template, upload, the check's result, the error report, confirmation. */
export class RegisterImportPage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  heading() {
    return this.page
      .getByRole('main')
      .getByRole('heading', { level: 1, name: 'Nhập danh sách trẻ em từ tệp' });
  }

  /** Clicks a download link and returns what the browser received, with the file name it suggested. */
  async download(linkName: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('link', { name: linkName }).click(),
    ]);
    const failure = await download.failure();
    if (failure) throw new Error(`download "${linkName}" failed: ${failure}`);
    return { name: download.suggestedFilename(), bytes: await bytesOf(download) };
  }

  /** Chooses the file through the browser's file chooser, as a user does, and starts the check. */
  async upload(name: string, bytes: Buffer): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByRole('button', { name: /Tệp dữ liệu/ }).click(),
    ]);
    await chooser.setFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bytes,
    });
    await this.page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  }

  result() {
    return this.page.getByRole('region', { name: 'Bước 3. Kết quả' });
  }

  /** The alert that ends the check or the import (errors, valid, done or failed). */
  outcome(title: string | RegExp) {
    return this.result().getByText(title).first();
  }
}
