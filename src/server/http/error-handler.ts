import type { z } from 'zod';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { apiMessages } from '../../shared/i18n/messages';
import type { ApiError, ApiFieldError } from '../../shared/errors';
import { fieldErrorsFromZod } from '../../shared/validation';
import { AppError } from './app-error';
import { localeOf } from './locale';

/** Maps a Fastify/plugin error that comes from the client's input to our error codes; undefined for a real fault. */
function clientError(err: FastifyError): AppError | undefined {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new AppError('PAYLOAD_TOO_LARGE', { message: err.message });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', { message: err.message });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('VALIDATION', { message: err.message });
    default:
      break;
  }
  if (err.statusCode === 429) return new AppError('RATE_LIMITED');
  if (err instanceof SyntaxError || (err.statusCode === 400 && !err.code?.startsWith('FST_ERR_VALIDATION')))
    return new AppError('VALIDATION', { message: err.message });
  if (err.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (err.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  return undefined;
}

export function sendError(req: FastifyRequest, reply: FastifyReply, err: AppError): FastifyReply {
  const locale = localeOf(req);
  const body: ApiError = {
    error: {
      code: err.code,
      messageId: err.messageId,
      message: apiMessages[err.messageId][locale],
      ...(err.fields ? { fields: err.fields } : {}),
      ...(err.details ? err.details : {}),
    },
  };
  return reply.status(err.status).type('application/json; charset=utf-8').send(body);
}

/**
 * One error handler for the whole API: never a stack trace, SQL or internal message in a response; 5xx only for
 * our own faults, logged with the request id (and without the request body, which may hold personal data).
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) return sendError(req, reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      // The provider keeps each Zod issue's fields in `params` and its code in `keyword`: rebuild the issue.
      const issues = error.validation.map(
        (v) =>
          ({
            ...v.params,
            code: v.keyword,
            path: v.instancePath.split('/').filter(Boolean),
            message: v.message ?? '',
          }) as unknown as z.core.$ZodIssue,
      );
      const fields: ApiFieldError[] = fieldErrorsFromZod(issues, localeOf(req)).map((f) => ({
        ...f,
        path: f.path ? `${where}.${f.path}` : where,
      }));
      return sendError(req, reply, new AppError('VALIDATION', { fields }));
    }
    const mapped = clientError(error);
    if (mapped) return sendError(req, reply, mapped);
    req.log.error(
      { err: { name: error.name, code: error.code, message: error.message, stack: error.stack } },
      'unhandled error',
    );
    return sendError(req, reply, new AppError('INTERNAL'));
  });
  app.setNotFoundHandler((req, reply) => sendError(req, reply, new AppError('NOT_FOUND')));
}
