import { AppError } from '../../http/app-error';
import type { ApiMessageId } from '../../../shared/i18n/messages';

export { fieldError, isUniqueViolation } from '../children/children.rules';

type PgError = { code?: unknown; constraint?: unknown; message?: unknown };
const pgError = (err: unknown): PgError => (typeof err === 'object' && err !== null ? err : {});

/** 409 with a fund message id and extra details for the client (e.g. what is available). */
export function fundConflict(messageId: ApiMessageId, details?: Record<string, unknown>): AppError {
  return new AppError('CONFLICT', { messageId, ...(details ? { details } : {}) });
}

/** Not enough money of the right purpose, kind and campaign: 409 with what is left (domain.md §9). */
export function insufficient(available: number): AppError {
  return fundConflict('fund.insufficient', { available });
}

/**
 * The ledger guard of migrations/0016_fund.sql refuses an allocation with a check_violation: its own messages for a
 * restricted, foreign or other-kind donation, or the CHECK (allocated <= amount) of fund_donations for an
 * overspend. The service checks all of this first; this maps what slips through (a race) to a clean 409.
 * `overspent` builds the insufficient answer (it needs a fresh look at what is left).
 */
export async function ledgerConflict(
  err: unknown,
  overspent: () => Promise<AppError>,
): Promise<AppError | undefined> {
  const e = pgError(err);
  if (e.code !== '23514') return undefined;
  const message = typeof e.message === 'string' ? e.message : '';
  if (message.includes('fund ledger: donation restricted')) return fundConflict('fund.donationRestricted');
  if (message.includes('fund ledger:')) return fundConflict('fund.donationMismatch');
  if (e.constraint === 'fund_donations_check' || message.includes('fund_donations')) return overspent();
  return undefined;
}
