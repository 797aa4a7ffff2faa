import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { defineRoute } from '../../http/route';
import { Permission } from '../../../shared/permissions/Permission';
import {
  Campaign,
  CampaignDetail,
  CampaignInput,
  CampaignList,
  CampaignParams,
  Fund,
  FundDetail,
  FundInput,
  FundList,
  FundParams,
} from '../../../shared/domain/Fund';
import { createCampaign, getCampaignDetail, listCampaigns } from './campaigns.service';
import { fundCallerOf } from './fund-reach';
import { createFund, getFundDetail, listFunds } from './funds.service';
import { registerFundLedgerRoutes } from './fund-ledger.routes';
import { registerFundDisclosureRoutes } from './fund-disclosure.routes';

const tags = ['fund'];

/**
 * Child Sponsorship Fund (issue #5 item 6, journey J5; Quyết định 135/2003/QĐ-TTg): funds and campaigns here, the
 * ledger (donors, donations, disbursements, balances) and the public disclosures in their own files. A fund
 * outside the caller's reach answers 404.
 */
export function registerFundRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/funds',
    access: Permission.fundRead,
    summary: 'The funds the caller reaches (national: all; province: its province’s)',
    tags,
    response: FundList,
    handler: async ({ ctx }) => listFunds(deps, fundCallerOf(ctx)),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/funds',
    access: Permission.fundManage,
    summary: 'Create a fund (national fund officers only; one per level and province)',
    tags,
    body: FundInput,
    response: Fund,
    successStatus: 201,
    handler: async ({ body, ctx }) => createFund(deps, fundCallerOf(ctx), body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/funds/:fundId',
    access: Permission.fundRead,
    summary: 'One fund with its balances by campaign, purpose and kind',
    tags,
    params: FundParams,
    response: FundDetail,
    handler: async ({ params, ctx }) => getFundDetail(deps, fundCallerOf(ctx), params.fundId),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/funds/:fundId/campaigns',
    access: Permission.fundRead,
    summary: 'The fund’s campaigns with what each raised and spent',
    tags,
    params: FundParams,
    response: CampaignList,
    handler: async ({ params, ctx }) => listCampaigns(deps, fundCallerOf(ctx), params.fundId),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/funds/:fundId/campaigns',
    access: Permission.fundManage,
    summary: 'Start a campaign (idempotent on transactionId; 409 on a name the fund already uses)',
    tags,
    params: FundParams,
    body: CampaignInput,
    response: Campaign,
    successStatus: 201,
    handler: async ({ params, body, ctx }) => createCampaign(deps, fundCallerOf(ctx), params.fundId, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/funds/:fundId/campaigns/:campaignId',
    access: Permission.fundRead,
    summary:
      'One campaign: balances by purpose, latest donations and disbursements (children named: audited)',
    tags,
    params: CampaignParams,
    response: CampaignDetail,
    handler: async ({ params, ctx }) =>
      getCampaignDetail(deps, fundCallerOf(ctx), params.fundId, params.campaignId),
  });

  registerFundLedgerRoutes(app, deps);
  registerFundDisclosureRoutes(app, deps);
}
