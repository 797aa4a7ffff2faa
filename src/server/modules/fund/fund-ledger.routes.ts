import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { defineRoute } from '../../http/route';
import { Permission } from '../../../shared/permissions/Permission';
import {
  Disbursement,
  DisbursementInput,
  DisbursementList,
  Donation,
  DonationInput,
  DonationList,
  Donor,
  DonorInput,
  DonorList,
  DonorListQuery,
  FundBalances,
  FundParams,
  LedgerListQuery,
} from '../../../shared/domain/Fund';
import { fundBalances } from './balances';
import { createDisbursement } from './disbursement.service';
import { listFundDisbursements } from './disbursement-views';
import { createDonation, listFundDonations } from './donations.service';
import { createDonor, listDonors } from './donors.service';
import { fundCallerOf, fundInReach } from './fund-reach';

const tags = ['fund'];

/** The fund's ledger: donors, donations in, disbursements out, and the balances they leave. */
export function registerFundLedgerRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/funds/:fundId/donors',
    access: Permission.fundRead,
    summary: 'The fund’s donors (q: part of the name), with what each gave',
    tags,
    params: FundParams,
    querystring: DonorListQuery,
    response: DonorList,
    handler: async ({ params, query, ctx }) => listDonors(deps, fundCallerOf(ctx), params.fundId, query.q),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/funds/:fundId/donors',
    access: Permission.fundManage,
    summary: 'Add a donor (a person’s contact details are encrypted; idempotent on transactionId)',
    tags,
    params: FundParams,
    body: DonorInput,
    response: Donor,
    successStatus: 201,
    handler: async ({ params, body, ctx }) => createDonor(deps, fundCallerOf(ctx), params.fundId, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/funds/:fundId/donations',
    access: Permission.fundRead,
    summary: 'The fund’s donations, newest first, with what is left of each',
    tags,
    params: FundParams,
    querystring: LedgerListQuery,
    response: DonationList,
    handler: async ({ params, query, ctx }) =>
      listFundDonations(deps, fundCallerOf(ctx), params.fundId, query),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/funds/:fundId/donations',
    access: Permission.fundManage,
    summary: 'Record a donation (409 on a receipt number the fund already used; idempotent on transactionId)',
    tags,
    params: FundParams,
    body: DonationInput,
    response: Donation,
    successStatus: 201,
    handler: async ({ params, body, ctx }) => createDonation(deps, fundCallerOf(ctx), params.fundId, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/funds/:fundId/disbursements',
    access: Permission.fundRead,
    summary: 'The fund’s disbursements with their allocations (children named for who may see them: audited)',
    tags,
    params: FundParams,
    querystring: LedgerListQuery,
    response: DisbursementList,
    handler: async ({ params, query, ctx }) =>
      listFundDisbursements(deps, fundCallerOf(ctx), params.fundId, query),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/funds/:fundId/disbursements',
    access: Permission.fundManage,
    summary:
      'Disburse to a register child or a project, drawing on donations of the purpose, then general ones; 409 fund.insufficient with what is available',
    tags,
    params: FundParams,
    body: DisbursementInput,
    response: Disbursement,
    successStatus: 201,
    handler: async ({ params, body, ctx }) =>
      createDisbursement(deps, fundCallerOf(ctx), params.fundId, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/funds/:fundId/balances',
    access: Permission.fundRead,
    summary: 'Income, spent and available by campaign × purpose × kind (the cells add up to the totals)',
    tags,
    params: FundParams,
    response: FundBalances,
    handler: async ({ params, ctx }) => {
      const fund = await fundInReach(deps.db, fundCallerOf(ctx).scope, params.fundId);
      return fundBalances(deps.db, fund.id);
    },
  });
}
