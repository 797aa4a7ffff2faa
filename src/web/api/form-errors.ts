import type { z } from 'zod';
import type { Locale } from '../../shared/i18n/locale';
import { fieldErrorsFromZod } from '../../shared/validation';
import { ApiRequestError } from './client';

export type FieldErrors = Record<string, string>;

/**
 * Validates a form with the same Zod schema the API uses, giving the same Vietnamese/English messages, keyed by the
 * field's path ("unitCode", "email"). Returns the parsed value when valid.
 */
export function validateWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  locale: Locale,
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const f of fieldErrorsFromZod(result.error.issues, locale)) errors[f.path] ??= f.message;
  return { ok: false, errors };
}

/** The field errors of a 400 answer, keyed like validateWith ("body.email" → "email"). */
export function apiFieldErrors(err: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!(err instanceof ApiRequestError)) return errors;
  for (const f of err.fields) errors[f.path.replace(/^(body|query|params)\.?/, '')] ??= f.message;
  return errors;
}
