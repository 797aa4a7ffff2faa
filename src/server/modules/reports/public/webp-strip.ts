import { ImageFormatError, MAX_PIXELS } from './image-limits';

/**
 * Removes the metadata of a WebP without decoding it: in the extended format the EXIF and XMP chunks (and any
 * unknown chunk) are dropped and their flags cleared in VP8X; the picture, alpha, animation and ICC colour chunks
 * are copied byte for byte. The simple formats (a lone VP8 or VP8L chunk) cannot carry metadata. Anything after
 * the RIFF size is dropped; the RIFF size is rewritten for what is kept.
 */

const KEPT_EXTENDED = new Set(['VP8X', 'ICCP', 'ANIM', 'ANMF', 'ALPH', 'VP8 ', 'VP8L']);
const FLAG_EXIF = 0x08;
const FLAG_XMP = 0x04;

type Chunk = { fourcc: string; data: Buffer };

function readChunks(src: Buffer, end: number): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 12;
  while (i < end) {
    if (i + 8 > end) throw new ImageFormatError('WebP cut short');
    const fourcc = src.toString('latin1', i, i + 4);
    const size = src.readUInt32LE(i + 4);
    if (i + 8 + size > end) throw new ImageFormatError('WebP chunk overflows');
    chunks.push({ fourcc, data: src.subarray(i + 8, i + 8 + size) });
    i += 8 + size + (size & 1);
  }
  return chunks;
}

/** Width × height of the picture the first chunk declares (VP8X canvas, VP8 key frame or VP8L header). */
function pixelsOf(c: Chunk): number {
  const d = c.data;
  switch (c.fourcc) {
    case 'VP8X':
      if (d.length < 10) throw new ImageFormatError('WebP VP8X size');
      return (d.readUIntLE(4, 3) + 1) * (d.readUIntLE(7, 3) + 1);
    case 'VP8 ':
      if (d.length < 10 || d[3] !== 0x9d || d[4] !== 0x01 || d[5] !== 0x2a)
        throw new ImageFormatError('WebP VP8 key frame expected');
      return (d.readUInt16LE(6) & 0x3fff) * (d.readUInt16LE(8) & 0x3fff);
    case 'VP8L': {
      if (d.length < 5 || d[0] !== 0x2f) throw new ImageFormatError('WebP VP8L signature');
      const bits = d.readUInt32LE(1);
      return ((bits & 0x3fff) + 1) * (((bits >>> 14) & 0x3fff) + 1);
    }
    default:
      throw new ImageFormatError(`WebP cannot start with ${c.fourcc}`);
  }
}

function chunkBytes(c: Chunk): Buffer[] {
  const head = Buffer.alloc(8);
  head.write(c.fourcc, 0, 'latin1');
  head.writeUInt32LE(c.data.length, 4);
  return c.data.length & 1 ? [head, c.data, Buffer.alloc(1)] : [head, c.data];
}

export function stripWebp(src: Buffer): Buffer {
  if (src.length < 12 || src.toString('latin1', 0, 4) !== 'RIFF' || src.toString('latin1', 8, 12) !== 'WEBP')
    throw new ImageFormatError('not a WebP');
  const end = 8 + src.readUInt32LE(4);
  if (end > src.length || end < 20) throw new ImageFormatError('WebP RIFF size');
  const chunks = readChunks(src, end);
  const head = chunks[0];
  if (!head) throw new ImageFormatError('WebP without chunks');
  const pixels = pixelsOf(head);
  if (pixels === 0 || pixels > MAX_PIXELS) throw new ImageFormatError('WebP dimensions out of range');

  let kept: Chunk[];
  if (head.fourcc === 'VP8X') {
    const flags = Buffer.from(head.data);
    flags[0] = (flags[0] ?? 0) & ~(FLAG_EXIF | FLAG_XMP);
    kept = [{ fourcc: 'VP8X', data: flags }, ...chunks.slice(1).filter((c) => KEPT_EXTENDED.has(c.fourcc))];
    if (kept.some((c) => c.fourcc === 'VP8X' && c !== kept[0])) throw new ImageFormatError('WebP VP8X twice');
    if (!kept.some((c) => c.fourcc === 'VP8 ' || c.fourcc === 'VP8L' || c.fourcc === 'ANMF'))
      throw new ImageFormatError('WebP without image data');
  } else {
    kept = [head];
  }
  const body = kept.flatMap(chunkBytes);
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(4 + body.reduce((s, b) => s + b.length, 0), 4);
  riff.write('WEBP', 8, 'latin1');
  return Buffer.concat([riff, ...body]);
}
