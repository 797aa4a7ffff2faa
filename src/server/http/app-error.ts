import { ERROR_STATUS, type ApiFieldError, type ErrorCode } from '../../shared/errors';
import type { ApiMessageId } from '../../shared/i18n/messages';

const DEFAULT_MESSAGE_ID = {
  VALIDATION: 'error.validation',
  UNAUTHENTICATED: 'error.unauthenticated',
  SECOND_FACTOR_REQUIRED: 'error.secondFactorRequired',
  FORBIDDEN: 'error.forbidden',
  CSRF: 'error.csrf',
  NOT_FOUND: 'error.notFound',
  CONFLICT: 'error.conflict',
  ACCOUNT_LOCKED: 'error.accountLocked',
  PAYLOAD_TOO_LARGE: 'error.payloadTooLarge',
  UNSUPPORTED_MEDIA_TYPE: 'error.unsupportedMediaType',
  RATE_LIMITED: 'error.rateLimited',
  INTERNAL: 'error.internal',
  UNAVAILABLE: 'error.unavailable',
} as const satisfies Record<ErrorCode, ApiMessageId>;

/**
 * The one error type (architecture.md convention 7). Throw it; the error handler turns it into the API error body.
 * `message` is for logs and developers; users see the translated `messageId`.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageId: ApiMessageId;
  readonly fields: ApiFieldError[] | undefined;
  /** Extra data safe to show the client (e.g. the allowed actions on a 409). */
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    opts: {
      message?: string;
      messageId?: ApiMessageId;
      fields?: ApiFieldError[];
      details?: Record<string, unknown>;
      cause?: unknown;
    } = {},
  ) {
    super(opts.message ?? code, { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.messageId = opts.messageId ?? DEFAULT_MESSAGE_ID[code];
    this.fields = opts.fields;
    this.details = opts.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (message?: string) => new AppError('NOT_FOUND', message ? { message } : {});
export const forbidden = (message?: string) => new AppError('FORBIDDEN', message ? { message } : {});
