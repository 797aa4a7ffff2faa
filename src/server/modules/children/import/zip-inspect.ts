import fs from 'node:fs/promises';

/**
 * Reads the central directory of a ZIP file (an XLSX is one) without inflating anything, so a hostile upload is
 * refused before the XLSX parser touches it: a file that only looks like a ZIP, a ZIP that is not a workbook, or a
 * "ZIP bomb" whose entries inflate to far more than the upload (the parser would try to hold the shared strings).
 */
export type ZipEntry = { name: string; compressedSize: number; uncompressedSize: number };

const EOCD_SIG = 0x06054b50;
const CDIR_SIG = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
const MAX_ENTRIES = 10_000;

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

export async function listZipEntries(file: string): Promise<ZipEntry[]> {
  const fh = await fs.open(file, 'r');
  try {
    const { size } = await fh.stat();
    if (size < EOCD_MIN) throw new ZipFormatError('too small for a ZIP file');
    const tailLen = Math.min(size, EOCD_MIN + MAX_COMMENT);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - EOCD_MIN; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIG) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipFormatError('no end of central directory');
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    // ZIP64 markers: an XLSX within our upload limit never needs them.
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
      throw new ZipFormatError('ZIP64 is not supported');
    if (count > MAX_ENTRIES) throw new ZipFormatError('too many entries');
    if (cdOffset + cdSize > size) throw new ZipFormatError('central directory out of bounds');
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let k = 0; k < count; k++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CDIR_SIG)
        throw new ZipFormatError('bad central directory');
      const compressedSize = cd.readUInt32LE(p + 20);
      const uncompressedSize = cd.readUInt32LE(p + 24);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      if (p + 46 + nameLen > cd.length) throw new ZipFormatError('bad central directory');
      const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
      entries.push({ name, compressedSize, uncompressedSize });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
  } finally {
    await fh.close();
  }
}

/** The four bytes every ZIP file (and so every XLSX) starts with: "PK\x03\x04". */
export function isZipMagic(head: Buffer): boolean {
  return head.length >= 4 && head.readUInt32LE(0) === 0x04034b50;
}

/** The legacy binary Excel format (.xls, OLE2 compound file), which we name in the error message. */
export function isOle2Magic(head: Buffer): boolean {
  return head.length >= 8 && head.toString('hex', 0, 8) === 'd0cf11e0a1b11ae1';
}
