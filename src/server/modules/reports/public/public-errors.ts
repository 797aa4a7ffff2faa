import type { ErrorCode } from '../../../../shared/errors';
import type { Locale } from '../../../../shared/i18n/locale';
import {
  publicReportApiMessages,
  type PublicReportMessageId,
} from '../../../../shared/i18n/messages-public-reports';
import { AppError } from '../../../http/app-error';

/** An error about one part of the form, with the message in the caller's language. */
export function publicError(
  code: ErrorCode,
  path: string,
  messageId: PublicReportMessageId,
  locale: Locale,
): AppError {
  return new AppError(code, {
    message: messageId,
    fields: [{ path, messageId, message: publicReportApiMessages[messageId][locale] }],
  });
}
