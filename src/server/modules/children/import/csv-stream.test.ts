import { describe, expect, it } from 'vitest';
import { CsvFormatError, readCsvRecords } from './csv-stream';

const limits = { maxColumns: 10, maxCellChars: 20 };

async function read(chunks: Array<string | Buffer>, l = limits) {
  const out: Array<{ index: number; fields: string[]; overflow?: Map<number, number> }> = [];
  async function* src() {
    for (const c of chunks) yield typeof c === 'string' ? Buffer.from(c, 'utf8') : c;
  }
  for await (const r of readCsvRecords(src(), l)) out.push(r);
  return out;
}

describe('readCsvRecords', () => {
  it('reads quoted fields, doubled quotes, new lines inside quotes and CRLF, across chunk boundaries', async () => {
    const text = '\uFEFFHọ và tên,Ghi chú\r\n"Nguyễn Văn ""An""","dòng 1\ndòng 2"\r\nLê Thị Bích,\r\n';
    for (const size of [1, 2, 3, 7, 1000]) {
      const bytes = Buffer.from(text, 'utf8');
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const rows = await read(chunks);
      expect(rows.map((r) => r.fields)).toEqual([
        ['Họ và tên', 'Ghi chú'],
        ['Nguyễn Văn "An"', 'dòng 1\ndòng 2'],
        ['Lê Thị Bích', ''],
      ]);
      expect(rows.map((r) => r.index)).toEqual([1, 2, 3]);
    }
  });

  it('detects the semicolon of Excel with Vietnamese regional settings', async () => {
    const rows = await read(['a;b;"c;d"\n1;2;3']);
    expect(rows.map((r) => r.fields)).toEqual([
      ['a', 'b', 'c;d'],
      ['1', '2', '3'],
    ]);
  });

  it('cuts a long field and reports its length instead of keeping it', async () => {
    const rows = await read([`a,${'x'.repeat(5000)}\n`]);
    expect(rows[0]!.fields[1]).toHaveLength(20);
    expect(rows[0]!.overflow?.get(1)).toBe(5000);
  });

  it('refuses invalid UTF-8, NUL bytes and too many columns', async () => {
    await expect(read([Buffer.from([0x48, 0xe0, 0x6e, 0x67, 0x0a])])).rejects.toMatchObject({
      reason: 'encoding',
    });
    await expect(read(['a\u0000b'])).rejects.toMatchObject({ reason: 'binary' });
    await expect(read([`${Array.from({ length: 11 }, () => 'x').join(',')}\n`])).rejects.toBeInstanceOf(
      CsvFormatError,
    );
  });
});
