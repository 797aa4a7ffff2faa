import type { FastifyRequest } from 'fastify';
import type { Locale } from '../../../../shared/i18n/locale';
import { AppError } from '../../../http/app-error';
import { publicError } from './public-errors';
import { PHOTO_LIMITS } from './image-limits';

/**
 * Reads the multipart body of the public form: one field `report` (JSON text) and up to 3 file parts `photo`.
 * Every limit answers a clear 400/413 with the part concerned, never a 500: a part too large, too many parts, an
 * unexpected part, or a body cut short.
 */
export type PublicUpload = { report: string | null; photos: Buffer[] };

/** The JSON part: 5,000 characters of Vietnamese in JSON escapes stay well under this. */
export const REPORT_FIELD_BYTES = 64 * 1024;

/** Multipart options of the public form's plugin scope (busboy limits). */
export const PUBLIC_MULTIPART_LIMITS = {
  fileSize: PHOTO_LIMITS.maxPhotoBytes,
  files: PHOTO_LIMITS.maxPhotos,
  fields: 1,
  // Above files + fields, so that a fourth photo is reported as such rather than as one part too many.
  parts: PHOTO_LIMITS.maxPhotos + 2,
  fieldSize: REPORT_FIELD_BYTES,
  fieldNameSize: 100,
  headerPairs: 20,
};

export async function readPublicUpload(req: FastifyRequest, locale: Locale): Promise<PublicUpload> {
  if (!req.isMultipart())
    throw publicError('UNSUPPORTED_MEDIA_TYPE', 'body', 'publicReport.multipartRequired', locale);
  const upload: PublicUpload = { report: null, photos: [] };
  let total = 0;
  try {
    for await (const part of req.parts()) {
      if (part.type === 'field') {
        if (part.fieldname !== 'report' || upload.report !== null)
          throw publicError('VALIDATION', 'body', 'publicReport.unexpectedPart', locale);
        if (part.valueTruncated)
          throw publicError('PAYLOAD_TOO_LARGE', 'body.report', 'publicReport.reportTooLarge', locale);
        upload.report = typeof part.value === 'string' ? part.value : null;
        continue;
      }
      if (part.fieldname !== 'photo') {
        part.file.resume();
        throw publicError('VALIDATION', 'body', 'publicReport.unexpectedPart', locale);
      }
      const path = `body.photo.${upload.photos.length}`;
      let data: Buffer;
      try {
        data = await part.toBuffer();
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw publicError('PAYLOAD_TOO_LARGE', path, 'publicReport.photoTooLarge', locale);
        throw err;
      }
      total += data.length;
      if (total > PHOTO_LIMITS.maxTotalBytes)
        throw publicError('PAYLOAD_TOO_LARGE', 'body.photo', 'publicReport.photosTooLarge', locale);
      upload.photos.push(data);
    }
  } catch (err) {
    throw uploadError(err, locale);
  }
  return upload;
}

function uploadError(err: unknown, locale: Locale): unknown {
  if (err instanceof AppError) return err;
  switch ((err as { code?: string }).code) {
    case 'FST_FILES_LIMIT':
      return publicError('VALIDATION', 'body.photo', 'publicReport.tooManyPhotos', locale);
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return publicError('VALIDATION', 'body', 'publicReport.unexpectedPart', locale);
    case 'FST_REQ_FILE_TOO_LARGE':
      return publicError('PAYLOAD_TOO_LARGE', 'body.photo', 'publicReport.photoTooLarge', locale);
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return publicError('UNSUPPORTED_MEDIA_TYPE', 'body', 'publicReport.multipartRequired', locale);
    default:
      // Busboy's own errors (a body cut short, a malformed part header) are the client's, not ours.
      return publicError('VALIDATION', 'body', 'publicReport.reportMalformed', locale);
  }
}
