import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The text and page size of a PDF, read back with poppler's pdftotext and pdfinfo (poppler-utils). */
export async function readPdf(pdf: Buffer): Promise<{ text: string; info: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treem-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  try {
    fs.writeFileSync(file, pdf);
    const [text, info] = await Promise.all([
      run('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-']),
      run('/usr/bin/pdfinfo', [file]),
    ]);
    return { text: text.stdout, info: info.stdout };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
