import { describe, expect, it } from 'vitest';
import { sniffPhotoType, stripPhotoMetadata } from './image-clean';
import { ImageFormatError } from './image-limits';
import { stripJpeg } from './jpeg-strip';
import { stripPng } from './png-strip';
import { stripWebp } from './webp-strip';
import {
  GPS_MARKER,
  JPEG,
  jpegWithMetadata,
  PNG,
  pngChunk,
  pngWithMetadata,
  riffChunk,
  WEBP,
  webpWithMetadata,
} from './public.test-helpers';

const contains = (b: Buffer, s: string) => b.includes(Buffer.from(s, 'latin1'));

/** The JPEG markers of a file, in order, up to the first scan. */
function jpegMarkers(b: Buffer): number[] {
  const out: number[] = [];
  let i = 2;
  while (i < b.length && b[i] === 0xff) {
    const m = b[i + 1] ?? 0;
    out.push(m);
    if (m === 0xda) break;
    i += 2 + b.readUInt16BE(i + 2);
  }
  return out;
}

describe('photo type by magic bytes', () => {
  it('recognises JPEG, PNG and WebP, and nothing else whatever it is called', () => {
    expect(sniffPhotoType(JPEG)).toBe('image/jpeg');
    expect(sniffPhotoType(PNG)).toBe('image/png');
    expect(sniffPhotoType(WEBP)).toBe('image/webp');
    expect(sniffPhotoType(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBeNull();
    expect(
      sniffPhotoType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')),
    ).toBeNull();
    expect(sniffPhotoType(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBeNull();
    expect(sniffPhotoType(Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ', 'latin1'))).toBeNull();
    expect(sniffPhotoType(Buffer.alloc(0))).toBeNull();
  });
});

describe('JPEG metadata', () => {
  it('drops EXIF, XMP, ICC and comments and keeps what decodes the picture', () => {
    const dirty = jpegWithMetadata();
    expect(contains(dirty, GPS_MARKER)).toBe(true);
    const clean = stripJpeg(dirty);
    expect(contains(clean, GPS_MARKER)).toBe(false);
    expect(contains(clean, 'Exif')).toBe(false);
    expect(jpegMarkers(clean)).toEqual([0xe0, 0xdb, 0xdb, 0xc0, 0xc4, 0xc4, 0xc4, 0xc4, 0xda]);
    expect(clean.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    // Already clean: unchanged, byte for byte.
    expect(stripJpeg(JPEG)).toEqual(JPEG);
    expect(stripJpeg(clean)).toEqual(clean);
  });

  it('drops anything after the end marker and a JFIF thumbnail', () => {
    const withTail = Buffer.concat([JPEG, Buffer.from(`PK\x03\x04 ${GPS_MARKER}`, 'latin1')]);
    expect(stripJpeg(withTail)).toEqual(JPEG);
    const app0 = Buffer.from(JPEG.subarray(2, 20));
    const thumb = Buffer.concat([
      app0.subarray(0, 16),
      Buffer.from([1, 1]),
      Buffer.from(GPS_MARKER.slice(0, 3)),
    ]);
    thumb.writeUInt16BE(thumb.length - 2, 2);
    const withThumb = Buffer.concat([JPEG.subarray(0, 2), thumb, JPEG.subarray(20)]);
    const clean = stripJpeg(withThumb);
    expect(clean).toEqual(JPEG);
  });

  it('refuses a file it cannot follow', () => {
    const bad = (b: Buffer) =>
      expect(() => stripJpeg(b), b.subarray(0, 8).toString('hex')).toThrow(ImageFormatError);
    bad(JPEG.subarray(0, 100)); // cut short inside the tables
    bad(JPEG.subarray(0, JPEG.length - 2)); // no end marker
    bad(Buffer.from([0xff, 0xd8, 0xff, 0xd9])); // no frame, no scan
    const overflow = Buffer.from(JPEG);
    overflow.writeUInt16BE(0xfff0, 4); // APP0 length beyond the file
    bad(overflow);
    const huge = Buffer.from(JPEG);
    const sof = JPEG.indexOf(Buffer.from([0xff, 0xc0]));
    huge.writeUInt16BE(65000, sof + 5);
    huge.writeUInt16BE(65000, sof + 7);
    bad(huge); // 4 gigapixels declared in a few hundred bytes
  });
});

describe('PNG metadata', () => {
  it('drops text, EXIF and time chunks and trailing data, keeping the CRCs', () => {
    const dirty = pngWithMetadata();
    const clean = stripPng(dirty);
    expect(contains(clean, GPS_MARKER)).toBe(false);
    expect(contains(clean, 'tEXt') || contains(clean, 'eXIf') || contains(clean, 'tIME')).toBe(false);
    expect(clean).toEqual(PNG);
  });

  it('keeps colour and transparency chunks', () => {
    const srgb = pngChunk('sRGB', Buffer.from([0]));
    const withSrgb = Buffer.concat([PNG.subarray(0, 33), srgb, PNG.subarray(33)]);
    expect(stripPng(withSrgb)).toEqual(withSrgb);
  });

  it('refuses a damaged file', () => {
    const bad = (b: Buffer) => expect(() => stripPng(b)).toThrow(ImageFormatError);
    const crc = Buffer.from(PNG);
    crc[45] = (crc[45] ?? 0) ^ 0xff; // inside the first IDAT
    bad(crc);
    bad(PNG.subarray(0, PNG.length - 12)); // no IEND
    bad(Buffer.concat([PNG.subarray(0, 8), PNG.subarray(33)])); // no IHDR
    bad(Buffer.concat([PNG.subarray(0, 33), pngChunk('ZZZZ', Buffer.from('x')), PNG.subarray(33)])); // unknown critical
    const huge = Buffer.from(PNG);
    huge.writeUInt32BE(100_000, 16);
    huge.writeUInt32BE(100_000, 20);
    bad(huge);
  });
});

describe('WebP metadata', () => {
  it('drops the EXIF and XMP chunks, clears their flags and rewrites the RIFF size', () => {
    const dirty = webpWithMetadata();
    expect(contains(dirty, GPS_MARKER)).toBe(true);
    const clean = stripWebp(dirty);
    expect(contains(clean, GPS_MARKER)).toBe(false);
    expect(clean.toString('latin1', 12, 16)).toBe('VP8X');
    expect((clean[20] ?? 0) & 0x0c).toBe(0);
    expect(clean.readUInt32LE(4)).toBe(clean.length - 8);
    expect(clean.subarray(30)).toEqual(WEBP.subarray(12));
  });

  it('leaves a simple WebP as it is, without what follows it', () => {
    expect(stripWebp(WEBP)).toEqual(WEBP);
    expect(stripWebp(Buffer.concat([WEBP, Buffer.from(GPS_MARKER)]))).toEqual(WEBP);
  });

  it('refuses a damaged file', () => {
    const bad = (b: Buffer) => expect(() => stripWebp(b)).toThrow(ImageFormatError);
    const size = Buffer.from(WEBP);
    size.writeUInt32LE(1_000_000, 4);
    bad(size);
    const chunk = Buffer.from(WEBP);
    chunk.writeUInt32LE(1_000, 16);
    bad(chunk);
    const onlyExif = Buffer.concat([WEBP.subarray(0, 12), riffChunk('EXIF', Buffer.from(GPS_MARKER))]);
    onlyExif.writeUInt32LE(onlyExif.length - 8, 4);
    bad(onlyExif);
  });
});

describe('dispatch', () => {
  it('strips by the sniffed type', () => {
    expect(contains(stripPhotoMetadata('image/jpeg', jpegWithMetadata()), GPS_MARKER)).toBe(false);
    expect(contains(stripPhotoMetadata('image/png', pngWithMetadata()), GPS_MARKER)).toBe(false);
    expect(contains(stripPhotoMetadata('image/webp', webpWithMetadata()), GPS_MARKER)).toBe(false);
  });
});
