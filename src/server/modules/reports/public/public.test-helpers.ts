import crypto from 'node:crypto';
import zlib from 'node:zlib';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestContext } from '../../../../test/test-app';
import { leadingZeroBits } from './public-pow';

/** Test material for the public channel: small real photos (16 × 12, drawn by Chromium), metadata to hide in them, and a multipart builder. */

export const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAMABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAwIG/8QAFhABAQEAAAAAAAAAAAAAAAAAAgAB/8QAFQEBAQAAAAAAAAAAAAAAAAAABAX/xAAZEQACAwEAAAAAAAAAAAAAAAAABQECIQT/2gAMAwEAAhEDEQA/AMq1C1U9gezl/LGFN2wvp//Z',
  'base64',
);
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAMCAYAAABr5z2BAAABBUlEQVR4AYSRPwvCQAzFz7R+IUFEQQT/oCgoODm4uAjiIA4OncTR0dHR0dHR0dHR0a9yS0x6zfXaK3Uor5eX/F6uhW+tjp96C9+NDr6afXy2RvhoT/HemeOtu8Brb4mXwQrPwzWexluMJjvcTw+4mUW4mh8RNIRKV+gRDap0DpSpizo+ZH3QlaRJJSpnVgazBgRgjUOkj2p0Bi2mKBXjdE4Cac6rGeZw0G6yQCSZIV6yC6sq0LYpezfNm8TDUhel9LhulABMTExJlk08iBlK4SFvkC8mMDtc7gN/CEvM/EIa9CAu3Ph0BXpx7mRh3nBxH21ARumdyfdg6SZ/NigapprdOFQ/AAAA//97KXTaAAAABklEQVQDAOgp0wuv8jCCAAAAAElFTkSuQmCC',
  'base64',
);
/** A simple (lossy, VP8) WebP. */
export const WEBP = Buffer.from(
  'UklGRj4AAABXRUJQVlA4IDIAAACQAQCdASoQAAwAAUAmJbACdHMABEAA/u/qTMYthqmLl+iN3j43/6HMRjNYPzixJ8YAAA==',
  'base64',
);

/** What a phone writes into a photo and must not reach the database. */
export const GPS_MARKER = 'GPSLatitude=12.2388N;GPSLongitude=109.1967E;Owner=Nguyen Van A';

function jpegSegment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** The JPEG with an EXIF APP1 (GPS), an XMP APP1, an ICC-like APP2 and a comment, as phones and editors write them. */
export function jpegWithMetadata(base = JPEG): Buffer {
  const exif = jpegSegment(
    0xe1,
    Buffer.concat([Buffer.from('Exif\0\0MM\0*', 'latin1'), Buffer.from(GPS_MARKER)]),
  );
  const xmp = jpegSegment(
    0xe1,
    Buffer.from(`http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>${GPS_MARKER}</x:xmpmeta>`),
  );
  const icc = jpegSegment(0xe2, Buffer.from(`ICC_PROFILE\0\x01\x01${GPS_MARKER}`, 'latin1'));
  const com = jpegSegment(0xfe, Buffer.from(`comment ${GPS_MARKER}`));
  return Buffer.concat([base.subarray(0, 2), exif, base.subarray(2, 20), xmp, icc, com, base.subarray(20)]);
}

export function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The PNG with text, EXIF and time chunks after its header, and junk after IEND. */
export function pngWithMetadata(base = PNG): Buffer {
  const afterIhdr = 8 + 25;
  return Buffer.concat([
    base.subarray(0, afterIhdr),
    pngChunk('tEXt', Buffer.from(`Comment\0${GPS_MARKER}`, 'latin1')),
    pngChunk('eXIf', Buffer.from(`MM\0*${GPS_MARKER}`, 'latin1')),
    pngChunk('tIME', Buffer.from([0x07, 0xea, 11, 23, 10, 0, 0])),
    base.subarray(afterIhdr),
    Buffer.from(`trailing ${GPS_MARKER}`),
  ]);
}

export function riffChunk(fourcc: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(fourcc, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat(data.length & 1 ? [head, data, Buffer.alloc(1)] : [head, data]);
}

/** The WebP in the extended format with EXIF and XMP chunks and their VP8X flags set. */
export function webpWithMetadata(base = WEBP): Buffer {
  const vp8 = base.subarray(12);
  const vp8x = Buffer.alloc(10);
  vp8x[0] = 0x08 | 0x04;
  vp8x.writeUIntLE(16 - 1, 4, 3);
  vp8x.writeUIntLE(12 - 1, 7, 3);
  const body = Buffer.concat([
    riffChunk('VP8X', vp8x),
    vp8,
    riffChunk('EXIF', Buffer.from(`MM\0*${GPS_MARKER}`, 'latin1')),
    riffChunk('XMP ', Buffer.from(`<x:xmpmeta>${GPS_MARKER}</x:xmpmeta>`)),
  ]);
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(4 + body.length, 4);
  riff.write('WEBP', 8, 'latin1');
  return Buffer.concat([riff, body]);
}

export type Part = { name: string; data: Buffer | string; filename?: string; contentType?: string };

export const BOUNDARY = '----treem-test-boundary-7d9a';

/** A multipart/form-data body, built by hand so tests can also send what a browser never would. */
export function multipart(parts: Part[], boundary = BOUNDARY): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}`;
    const type = p.contentType ? `\r\nContent-Type: ${p.contentType}` : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`));
    chunks.push(typeof p.data === 'string' ? Buffer.from(p.data) : p.data);
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

/** Finds the nonce the browser would (sha256(challenge:nonce) with `bits` leading zero bits). */
export function solve(challenge: string, bits: number): string {
  for (let n = 0; ; n++) {
    const hash = crypto.createHash('sha256').update(`${challenge}:${n}`).digest();
    if (leadingZeroBits(hash) >= bits) return String(n);
  }
}

export async function pow(t: TestContext): Promise<{ challenge: string; nonce: string }> {
  const res = await t.app.inject({ method: 'GET', url: '/api/public/reports/challenge' });
  const { challenge, bits } = res.json<{ challenge: string; bits: number }>();
  return { challenge, nonce: solve(challenge, bits) };
}

export async function publicReport(
  t: TestContext,
  overrides: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  return {
    transactionId: crypto.randomUUID(),
    communeCode: '22333',
    description: 'Tôi nghe thấy một bé gái khoảng 8 tuổi bị đánh và khóc nhiều đêm ở nhà bên cạnh.',
    harmTypes: ['physical_violence'],
    child: { name: 'Bé Na', approximateAge: 8, sex: 'female' },
    whereNow: 'Ở nhà với bố',
    pow: await pow(t),
    ...overrides,
  };
}

export function photo(data: Buffer, filename = 'anh.jpg', contentType = 'image/jpeg'): Part {
  return { name: 'photo', data, filename, contentType };
}

export async function send(
  t: TestContext,
  report: unknown,
  photos: Part[] = [],
  extra: Partial<InjectOptions> = {},
): Promise<LightMyRequestResponse> {
  const parts: Part[] = [
    { name: 'report', data: typeof report === 'string' ? report : JSON.stringify(report) },
  ];
  return t.app.inject({
    method: 'POST',
    url: '/api/public/reports',
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...(extra.headers ?? {}) },
    payload: multipart([...parts, ...photos]),
    ...(extra.remoteAddress ? { remoteAddress: extra.remoteAddress } : {}),
  });
}
