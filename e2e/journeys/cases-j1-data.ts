import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserApi } from '../lib/browser-api';
import type { PublicReport, PublicReportPage } from '../pages/PublicReportPage';

/** J1's report, plan and checks (cases-j1.ts). */

export const REPORT: PublicReport = {
  province: /Khánh Ho[àa]/,
  commune: /^Phường Bắc Nha Trang$/,
  place: 'Tổ dân phố 4, gần chợ',
  description:
    'Tôi là hàng xóm. Tối nào cũng nghe tiếng bé Mến khóc, sáng nay thấy tay và lưng bé có nhiều vết roi. Người cha hay say rượu và đánh con.',
  urgent: true,
  harmType: 'Bạo lực thể chất',
  environment: 'Trong gia đình',
  childName: 'Lò Thị Mến',
  childAge: '8',
  childSex: 'Nữ',
  whereNow: 'Ở nhà với cha',
};
/** How the queues show the child (given name and the family name's initial). */
export const CHILD_LABEL = 'Mến L.';
export const TRACKING = ['Đã tiếp nhận', 'Đang xử lý', 'Đã kết thúc'] as const;
export const FORMS = ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07'] as const;
export const TASKS = [
  {
    measure: 'Ngăn chặn hành vi xâm hại (phối hợp công an)',
    agencySearch: 'cong an',
    agency: 'Công an phường Bắc Nha Trang',
    description: 'Làm việc với người cha, ngăn chặn hành vi bạo lực.',
  },
  {
    measure: 'Chăm sóc y tế',
    agencySearch: 'tram y te',
    agency: 'Trạm Y tế phường Bắc Nha Trang',
    description: 'Khám và điều trị các vết thương cho trẻ.',
  },
  {
    measure: 'Tư vấn pháp luật, trợ giúp pháp lý',
    agencySearch: 'tro giup',
    agency: 'Trung tâm Trợ giúp pháp lý nhà nước tỉnh Khánh Hoà',
    description: 'Trợ giúp pháp lý cho trẻ và bà ngoại.',
  },
] as const;

/** dd/mm/yyyy, `days` from today (the date fields of the forms). */
export function dayFromNow(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** The tracking page shows one state and the day of receipt, nothing about the child, the place or the case. */
export async function checkTracking(
  pub: PublicReportPage,
  page: Page,
  baseUrl: string,
  code: string,
  expected: (typeof TRACKING)[number],
  caseNumber: string,
): Promise<void> {
  await pub.openTracking(baseUrl);
  const text = await pub.track(code, expected);
  for (const other of TRACKING.filter((s) => s !== expected))
    if ((await page.getByText(other, { exact: true }).count()) > 0)
      throw new Error(`tracking shows "${other}" beside "${expected}"`);
  const leaks = ['Mến', 'Lò', 'Bắc Nha Trang', 'Khánh', 'Tổ dân phố', 'roi', 'Bạo lực', caseNumber].filter(
    (w) => w && text.includes(w),
  );
  if (leaks.length) throw new Error(`the tracking page shows ${leaks.join(', ')}`);
  if (!/Ngày tiếp nhận: \d{2}\/\d{2}\/\d{4}/.test(text)) throw new Error('no day of receipt');
}

/** pdftotext (poppler) finds the case's own words in the form; skipped where poppler is not installed. */
export function checkPdfText(pdf: Buffer, words: string[]): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treem-e2e-pdf-'));
  try {
    const file = path.join(dir, 'form.pdf');
    fs.writeFileSync(file, pdf);
    const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    if (run.error) return;
    const text = run.stdout.normalize('NFC').replace(/\s+/g, ' ');
    const missing = words.filter((w) => !text.includes(w));
    if (missing.length) throw new Error(`the PDF lacks ${missing.join(', ')}: ${text.slice(0, 300)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A form of the case as the logged-in browser downloads it, checked to be a PDF of more than 1 KB. */
export async function fetchPdf(page: Page, baseUrl: string, url: string): Promise<Buffer> {
  const pdf = await browserApi(page, baseUrl, 'GET', url);
  if (pdf.status !== 200) throw new Error(`${url}: ${pdf.status} ${pdf.text().slice(0, 200)}`);
  if (!pdf.contentType.startsWith('application/pdf')) throw new Error(`${url}: ${pdf.contentType}`);
  if (pdf.body.length <= 1024 || pdf.body.subarray(0, 5).toString() !== '%PDF-')
    throw new Error(`${url}: not a PDF of more than 1 KB (${pdf.body.length} bytes)`);
  return pdf.body;
}
