import type { AuditActor } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { AuthUser, RequestContext } from '../../http/request-context';
import type { Locale } from '../../../shared/i18n/locale';

/** Who calls a result-report service: the user (for reach), the audit actor and the language of field errors. */
export type AmReportCaller = { user: AuthUser; actor: AuditActor; locale: Locale };

export function reportCallerOf(ctx: RequestContext): AmReportCaller {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED');
  return { user: ctx.user, actor: ctx.actor, locale: ctx.locale };
}
