import { AppError } from '../../http/app-error';
import type { DbOrTx } from '../../db/transaction';
import type { Scope, ScopedUser } from '../../../shared/permissions/scope';
import { apiMessages, type ApiMessageId } from '../../../shared/i18n/messages';
import type { Locale } from '../../../shared/i18n/locale';
import { findUnitIn } from '../units/units.service';
import { ethnicGroupExists } from '../reference/reference.service';
import { placeInScope } from './children-scope';
import { mayReadSensitive } from './children.service';

export type Place = { communeCode: string; provinceCode: string };

export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; constraint?: unknown };
  return e.code === '23505' && (constraint === undefined || e.constraint === constraint);
}

/** A 400 on one body field, with the message in the caller's language. */
export function fieldError(path: string, messageId: ApiMessageId, locale: Locale): AppError {
  return new AppError('VALIDATION', {
    fields: [{ path: `body.${path}`, messageId, message: apiMessages[messageId][locale] }],
  });
}

/** The 2025 commune and its province; 400 when the code is not a commune. */
export async function resolveCommune(db: DbOrTx, communeCode: string, locale: Locale): Promise<Place> {
  const unit = await findUnitIn(db, '2025', communeCode);
  if (!unit || unit.level !== 'commune') throw fieldError('communeCode', 'field.unitUnknown', locale);
  return { communeCode: unit.code, provinceCode: unit.provinceCode };
}

/** Creating or moving a child to a place outside the jurisdiction: 403. */
export function assertPlaceInScope(scope: Scope, place: Place): void {
  if (!placeInScope(scope, place.communeCode, place.provinceCode))
    throw new AppError('FORBIDDEN', { messageId: 'error.unitNotAllowed' });
}

export async function assertEthnicity(
  db: DbOrTx,
  code: string | null | undefined,
  locale: Locale,
): Promise<void> {
  if (code && !(await ethnicGroupExists(db, code)))
    throw fieldError('ethnicityCode', 'child.unknownReference', locale);
}

/** Writing the sensitive fields needs children.read_sensitive for the child's place (village collaborators: 403). */
export function assertMayWriteSensitive(user: ScopedUser, place: Place): void {
  if (!mayReadSensitive(user, place))
    throw new AppError('FORBIDDEN', { messageId: 'child.sensitiveForbidden' });
}
