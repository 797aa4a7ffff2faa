import zlib from 'node:zlib';
import { ImageFormatError, MAX_PIXELS } from './image-limits';

/**
 * Removes the metadata of a PNG without decoding it: only the critical chunks (IHDR, PLTE, IDAT, IEND) and the
 * colour and transparency chunks are kept, byte for byte with their CRC; text (tEXt, zTXt, iTXt), EXIF (eXIf),
 * time, physical size, animation and private chunks, and anything after IEND, are dropped. Every kept chunk's CRC
 * is checked, so a damaged file is refused (400) rather than stored.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const KEPT = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'sBIT',
  'cICP',
  'mDCV',
  'cLLI',
]);

const isCritical = (type: string) => type.charCodeAt(0) >= 0x41 && type.charCodeAt(0) <= 0x5a;

export function stripPng(src: Buffer): Buffer {
  if (src.length < SIGNATURE.length || !src.subarray(0, 8).equals(SIGNATURE))
    throw new ImageFormatError('not a PNG');
  const out: Buffer[] = [SIGNATURE];
  let i = 8;
  let first = true;
  let data = false;
  for (;;) {
    if (i + 12 > src.length) throw new ImageFormatError('PNG cut short');
    const length = src.readUInt32BE(i);
    const type = src.toString('latin1', i + 4, i + 8);
    if (!/^[A-Za-z]{4}$/.test(type)) throw new ImageFormatError('PNG chunk type invalid');
    const end = i + 12 + length;
    if (length > 0x7fffffff || end > src.length) throw new ImageFormatError('PNG chunk overflows');
    const chunk = src.subarray(i, end);
    i = end;
    if (first !== (type === 'IHDR')) throw new ImageFormatError('PNG must start with IHDR');
    if (first) {
      if (length !== 13) throw new ImageFormatError('PNG header size');
      const width = chunk.readUInt32BE(8);
      const height = chunk.readUInt32BE(12);
      if (width === 0 || height === 0 || width * height > MAX_PIXELS)
        throw new ImageFormatError('PNG dimensions out of range');
      first = false;
    }
    if (!KEPT.has(type)) {
      // An unknown critical chunk means the picture cannot be decoded correctly (PNG spec §5.4).
      if (isCritical(type)) throw new ImageFormatError(`PNG critical chunk ${type} unknown`);
      continue;
    }
    const crc = chunk.readUInt32BE(8 + length);
    if (zlib.crc32(chunk.subarray(4, 8 + length)) !== crc) throw new ImageFormatError('PNG CRC mismatch');
    out.push(chunk);
    if (type === 'IDAT') data = true;
    if (type === 'IEND') break;
  }
  if (!data) throw new ImageFormatError('PNG without image data');
  return Buffer.concat(out);
}
