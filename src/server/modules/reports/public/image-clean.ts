import { stripJpeg } from './jpeg-strip';
import { stripPng } from './png-strip';
import { stripWebp } from './webp-strip';

export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp';

/**
 * The photo's type read from its first bytes (magic numbers), never from the declared content type or the file
 * name: a PDF, an SVG (which can carry script) or an executable renamed ".jpg" is not a photo.
 */
export function sniffPhotoType(data: Buffer): PhotoType | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.length >= 8 && data.readUInt32BE(0) === 0x89504e47 && data.readUInt32BE(4) === 0x0d0a1a0a)
    return 'image/png';
  if (
    data.length >= 12 &&
    data.toString('latin1', 0, 4) === 'RIFF' &&
    data.toString('latin1', 8, 12) === 'WEBP'
  )
    return 'image/webp';
  return null;
}

/** The photo without its metadata (see each format's stripper); throws ImageFormatError when it is malformed. */
export function stripPhotoMetadata(type: PhotoType, data: Buffer): Buffer {
  switch (type) {
    case 'image/jpeg':
      return stripJpeg(data);
    case 'image/png':
      return stripPng(data);
    case 'image/webp':
      return stripWebp(data);
  }
}
