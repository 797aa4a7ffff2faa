import type { z } from 'zod';
import { apiMessages, type ApiMessageId } from './i18n/messages';
import type { Locale } from './i18n/locale';
import type { ApiFieldError } from './errors';

/** Maps a Zod issue to one of our message ids, so the same Vietnamese/English text is shown by the API and forms. */
export function messageIdForIssue(issue: z.core.$ZodIssue): ApiMessageId {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'field.required' : 'field.invalidType';
    case 'too_small':
      return issue.origin === 'string'
        ? issue.minimum === 1
          ? 'field.required'
          : 'field.tooShort'
        : 'field.tooSmall';
    case 'too_big':
      return issue.origin === 'string' ? 'field.tooLong' : 'field.tooBig';
    case 'invalid_format':
      return 'field.invalidFormat';
    case 'invalid_value':
      return 'field.invalidOption';
    case 'unrecognized_keys':
      return 'field.unknown';
    case 'custom':
      return customMessageId(issue.params);
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'not_multiple_of':
      return 'field.invalid';
    default:
      return 'field.invalid';
  }
}

/** A rule of our own names its message id in `params.messageId` (e.g. the birth-date rules of Child.ts). */
function customMessageId(params: unknown): ApiMessageId {
  const id = (params as { messageId?: unknown } | undefined)?.messageId;
  return typeof id === 'string' && id in apiMessages ? (id as ApiMessageId) : 'field.invalid';
}

export function fieldErrorsFromZod(issues: readonly z.core.$ZodIssue[], locale: Locale): ApiFieldError[] {
  return issues.map((issue) => {
    const messageId = messageIdForIssue(issue);
    return { path: issue.path.map(String).join('.'), messageId, message: apiMessages[messageId][locale] };
  });
}
