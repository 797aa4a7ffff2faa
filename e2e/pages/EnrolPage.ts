import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';

/** Forced two-factor enrolment: read the secret shown, answer with the current code, keep the recovery codes. */
export class EnrolPage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Thiết lập xác thực hai lớp' });
  }

  async secret(): Promise<string> {
    const text = await this.page.getByLabel('Khoá bí mật').innerText();
    return text.replace(/\s+/g, '');
  }

  static codeFor(secret: string): string {
    return new TOTP({
      secret: Secret.fromBase32(secret),
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    }).generate();
  }

  async confirm(code: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Mã 6 số', exact: true }).fill(code);
    await this.page.getByRole('button', { name: 'Xác nhận và bật' }).click();
  }

  recoveryCodes() {
    return this.page.getByRole('list', { name: 'Danh sách mã khôi phục' }).getByRole('listitem');
  }

  async acknowledgeCodes(): Promise<void> {
    await this.page.getByRole('checkbox', { name: 'Tôi đã lưu các mã khôi phục' }).check();
    await this.page.getByRole('button', { name: 'Tiếp tục' }).click();
  }
}
