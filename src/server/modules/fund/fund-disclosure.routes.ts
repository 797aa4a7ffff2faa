import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { defineRoute } from '../../http/route';
import { Permission } from '../../../shared/permissions/Permission';
import {
  Disclosure,
  DisclosureInput,
  DisclosureList,
  DisclosureParams,
  FundParams,
} from '../../../shared/domain/Fund';
import { renderDisclosurePdf } from './disclosure-pdf';
import {
  disclosureForPdf,
  getPublicDisclosure,
  listFundDisclosures,
  listPublicDisclosures,
  publishDisclosure,
} from './disclosure.service';
import { fundCallerOf } from './fund-reach';

const tags = ['fund'];

/**
 * Publishing the income and expenditure disclosure, and reading it without login (công khai thu chi,
 * Thông tư 87/2008/TT-BTC). The public routes serve the frozen snapshot only: never a child's identity.
 */
export function registerFundDisclosureRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'POST',
    url: '/api/funds/:fundId/disclosures',
    access: Permission.fundManage,
    summary:
      'Publish the disclosure of the fund (or a campaign) for a period (frozen; idempotent on transactionId)',
    tags,
    params: FundParams,
    body: DisclosureInput,
    response: Disclosure,
    successStatus: 201,
    handler: async ({ params, body, ctx }) => publishDisclosure(deps, fundCallerOf(ctx), params.fundId, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/funds/:fundId/disclosures',
    access: Permission.fundRead,
    summary: 'The fund’s published disclosures, newest first',
    tags,
    params: FundParams,
    response: DisclosureList,
    handler: async ({ params, ctx }) => listFundDisclosures(deps, fundCallerOf(ctx), params.fundId),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/public/fund-disclosures',
    access: 'public',
    summary: 'Published fund disclosures, newest first (no login)',
    tags,
    response: DisclosureList,
    handler: async () => listPublicDisclosures(deps),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/public/fund-disclosures/:id',
    access: 'public',
    summary: 'One published fund disclosure (no login; no child’s identity)',
    tags,
    params: DisclosureParams,
    response: Disclosure,
    handler: async ({ params }) => getPublicDisclosure(deps, params.id),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/public/fund-disclosures/:id/export.pdf',
    access: 'public',
    summary: 'One published fund disclosure as an official report (PDF, no login)',
    tags,
    params: DisclosureParams,
    // Rendering a PDF costs far more than answering JSON: a tighter limit for anonymous callers.
    rateLimit: { max: 30, timeWindow: '1 minute' },
    handler: async ({ params, reply }) => {
      const pdf = await renderDisclosurePdf(await disclosureForPdf(deps, params.id));
      reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="cong-khai-quy-${params.id.slice(0, 8)}.pdf"`);
      return pdf;
    },
  });
}
