import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/route';
import { AmTheme, AmThemeInput, AmYearParams, PublicAmTheme } from '../../../shared/domain/ActionMonth';
import { Permission } from '../../../shared/permissions/Permission';
import { currentPublicTheme, listThemes, upsertTheme } from './theme.service';

/** The yearly theme of the Action Month (issue #5 item 1): read by everyone, set by national officers. */
export function registerAmThemeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const tags = ['action-month'];

  defineRoute(app, {
    method: 'GET',
    url: '/api/action-month/themes',
    access: 'authenticated',
    summary:
      'The Action Month theme of every year, newest first (reference rows are the verified 2016–2025 ones)',
    tags,
    response: z.array(AmTheme),
    handler: async () => listThemes(deps),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/action-month/themes/:year',
    access: Permission.actionMonthThemes,
    summary: 'Set the theme, slogans, period and report deadlines of a year (national officers; audited)',
    tags,
    params: AmYearParams,
    body: AmThemeInput,
    response: AmTheme,
    handler: async ({ params, body, ctx }) => {
      if (!ctx.user) throw new AppError('UNAUTHENTICATED');
      return upsertTheme(
        deps,
        { actor: ctx.actor, userId: ctx.user.id, locale: ctx.locale },
        params.year,
        body,
      );
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/public/action-month/theme',
    access: 'public',
    summary:
      'The Action Month theme of the current year (Vietnam time), or of the latest year before it; no login',
    tags,
    response: PublicAmTheme,
    handler: async () => currentPublicTheme(deps),
  });
}
