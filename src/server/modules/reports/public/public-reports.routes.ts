import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import type { AppDeps } from '../../../app-deps';
import { defineRoute } from '../../../http/route';
import { TrackingAnswer } from '../../../../shared/domain/Report';
import {
  PowChallenge,
  PublicProvinceParams,
  PublicReportCreated,
  PublicUnitList,
  TrackingParams,
} from '../../../../shared/domain/PublicReport';
import { issueChallenge } from './public-pow';
import { submitPublicReport, trackReport } from './public-report.service';
import { listPublicCommunes, listPublicProvinces } from './public-units.service';
import { PUBLIC_MULTIPART_LIMITS, readPublicUpload } from './public-upload';

const tags = ['public'];
/** Unit lists change with a reorganisation, not daily: browsers and proxies may keep them a day. */
const UNITS_CACHE = 'public, max-age=86400';
const TRACK_LIMIT = { max: 120, timeWindow: '1 hour' };

/**
 * The public online report channel and its tracking page (issue #4 item 2): no account. Every route is public and
 * rate-limited per IP on top of the global limit; multipart parsing is registered in this plugin only, with the
 * photo limits.
 */
export async function registerPublicReportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const perHour = deps.config.publicReports.perHour;
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: PUBLIC_MULTIPART_LIMITS });

    defineRoute(scope, {
      method: 'GET',
      url: '/api/public/reports/challenge',
      access: 'public',
      summary: 'A proof-of-work challenge for one public report (valid 10 minutes, spent once)',
      tags,
      response: PowChallenge,
      // A few tries per report (a lost answer, an expired form) but not a stockpile for a flood.
      rateLimit: { max: perHour * 3, timeWindow: '1 hour' },
      handler: async () => issueChallenge(deps.config, deps.now()),
    });

    defineRoute(scope, {
      method: 'POST',
      url: '/api/public/reports',
      access: 'public',
      summary:
        'Report a concern about a child, anonymously if wished (multipart: JSON field "report", up to 3 "photo" files)',
      tags,
      response: PublicReportCreated,
      successStatus: 201,
      rateLimit: { max: perHour, timeWindow: '1 hour' },
      handler: async ({ ctx, req }) => {
        const upload = await readPublicUpload(req, ctx.locale);
        return submitPublicReport(deps, ctx, upload);
      },
    });

    defineRoute(scope, {
      method: 'GET',
      url: '/api/public/track/:code',
      access: 'public',
      summary: 'The state of a public report by its tracking code: received, in progress or closed',
      tags,
      params: TrackingParams,
      response: TrackingAnswer,
      rateLimit: TRACK_LIMIT,
      handler: async ({ params }) => trackReport(deps, params.code),
    });

    defineRoute(scope, {
      method: 'GET',
      url: '/api/public/units/provinces',
      access: 'public',
      summary: 'Provinces (2025) for the public form: codes and names',
      tags,
      response: PublicUnitList,
      handler: async ({ reply }) => {
        const list = await listPublicProvinces(deps);
        reply.header('cache-control', UNITS_CACHE);
        return list;
      },
    });

    defineRoute(scope, {
      method: 'GET',
      url: '/api/public/units/:provinceCode/communes',
      access: 'public',
      summary: 'Communes of a province (2025) for the public form: codes and names',
      tags,
      params: PublicProvinceParams,
      response: PublicUnitList,
      handler: async ({ params, reply }) => {
        const list = await listPublicCommunes(deps, params.provinceCode);
        reply.header('cache-control', UNITS_CACHE);
        return list;
      },
    });
  });
}
