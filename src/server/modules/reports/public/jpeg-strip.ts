import { ImageFormatError, MAX_PIXELS } from './image-limits';

/**
 * Removes the metadata of a JPEG without decoding it: every APPn segment (EXIF and its GPS position, XMP, ICC,
 * maker notes, Photoshop IRB), comments, unknown markers and anything after the end marker are dropped; the
 * segments needed to decode (frame, tables, scans, restart interval) are copied byte for byte. Two small fixed-size
 * segments are kept rebuilt from their first bytes because they change how the picture is decoded and can hold no
 * text: the JFIF header (without its thumbnail) and the Adobe colour-transform flag.
 * A structure we cannot follow is an ImageFormatError (the route answers 400).
 */

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;

/** Frame, tables and scan markers a decoder needs: SOF0–15 (not C8), DHT, DAC, DQT, DNL, DRI. */
function isDecodingSegment(marker: number): boolean {
  return (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc8) || (marker >= 0xdb && marker <= 0xdd);
}

const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
const isRst = (m: number) => m >= 0xd0 && m <= 0xd7;

function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** APP0 "JFIF\0" version, units and density, with the thumbnail size set to 0×0 and its pixels dropped. */
function cleanJfif(payload: Buffer): Buffer | null {
  if (payload.length < 14 || payload.toString('latin1', 0, 5) !== 'JFIF\0') return null;
  const p = Buffer.from(payload.subarray(0, 14));
  p[12] = 0;
  p[13] = 0;
  return segment(0xe0, p);
}

/** APP14 "Adobe": version, flags and the colour transform (12 bytes, no text). */
function cleanAdobe(payload: Buffer): Buffer | null {
  if (payload.length < 12 || payload.toString('latin1', 0, 5) !== 'Adobe') return null;
  return segment(0xee, Buffer.from(payload.subarray(0, 12)));
}

/** End of the entropy-coded data that follows a scan header: the next marker other than RSTn and stuffed 0xFF00. */
function scanEnd(src: Buffer, from: number): number {
  let j = from;
  while (j < src.length - 1) {
    if (src[j] === 0xff) {
      const next = src[j + 1] ?? 0;
      if (next === 0x00 || isRst(next)) {
        j += 2;
        continue;
      }
      if (next === 0xff) {
        j++;
        continue;
      }
      return j;
    }
    j++;
  }
  throw new ImageFormatError('JPEG scan without an end');
}

export function stripJpeg(src: Buffer): Buffer {
  if (src[0] !== 0xff || src[1] !== SOI) throw new ImageFormatError('not a JPEG');
  const out: Buffer[] = [Buffer.from([0xff, SOI])];
  let i = 2;
  let frame = false;
  let scans = 0;
  for (;;) {
    if (src[i] !== 0xff) throw new ImageFormatError('JPEG marker expected');
    while (src[i] === 0xff) i++; // fill bytes
    if (i >= src.length) throw new ImageFormatError('JPEG cut short');
    const marker = src[i++] ?? 0;
    if (marker === EOI) break;
    if (isRst(marker) || marker === 0x01) continue; // standalone markers without a length
    if (marker === SOI || marker === 0x00) throw new ImageFormatError('unexpected JPEG marker');
    if (i + 2 > src.length) throw new ImageFormatError('JPEG cut short');
    const length = src.readUInt16BE(i);
    if (length < 2 || i + length > src.length) throw new ImageFormatError('JPEG segment overflows');
    const payload = src.subarray(i + 2, i + length);
    const whole = src.subarray(i - 2, i + length);
    i += length;
    if (isSof(marker)) {
      if (payload.length < 6) throw new ImageFormatError('JPEG frame header too short');
      const height = payload.readUInt16BE(1);
      const width = payload.readUInt16BE(3);
      // Height 0 means "defined later by DNL": allowed by the standard, but then we cannot bound the size.
      if (width === 0 || height === 0 || width * height > MAX_PIXELS)
        throw new ImageFormatError('JPEG dimensions out of range');
      frame = true;
    }
    if (marker === 0xe0) {
      const jfif = cleanJfif(payload);
      if (jfif) out.push(jfif);
    } else if (marker === 0xee) {
      const adobe = cleanAdobe(payload);
      if (adobe) out.push(adobe);
    } else if (isDecodingSegment(marker) || marker === SOS) {
      out.push(whole);
    }
    if (marker === SOS) {
      if (!frame) throw new ImageFormatError('JPEG scan before its frame');
      const end = scanEnd(src, i);
      out.push(src.subarray(i, end));
      i = end;
      scans++;
    }
  }
  if (!frame || scans === 0) throw new ImageFormatError('JPEG without image data');
  out.push(Buffer.from([0xff, EOI]));
  return Buffer.concat(out);
}
