import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ChildSearchResult } from '../../../shared/domain/ChildSearch';
import type {
  Campaign,
  CampaignDetail,
  CampaignInput,
  Disbursement,
  DisbursementInput,
  Disclosure,
  DisclosureInput,
  Donation,
  DonationInput,
  Donor,
  DonorInput,
  Fund,
  FundBalances,
  FundDetail,
  FundInput,
} from '../../../shared/domain/Fund';
import { api } from '../../api/client';

/** The fund's calls to the API (header of src/shared/domain/Fund.ts; src/server/modules/fund). */
export const FUND_KEY = ['funds'] as const;

type Items<T> = { items: T[] };
type Page<T> = { items: T[]; total: number };
export type DisclosureSummary = Omit<Disclosure, 'snapshot'> & {
  fundName: string;
  incomeTotal: number;
  expenditureTotal: number;
};

const base = (fundId: string) => `/api/funds/${encodeURIComponent(fundId)}`;

export const fundsQuery = queryOptions({
  queryKey: [...FUND_KEY, 'list'],
  queryFn: ({ signal }) => api.get<Items<Fund>>('/api/funds', undefined, signal),
});

export const fundQuery = (fundId: string) =>
  queryOptions({
    queryKey: [...FUND_KEY, fundId, 'detail'],
    queryFn: ({ signal }) => api.get<FundDetail>(base(fundId), undefined, signal),
  });

export const balancesQuery = (fundId: string) =>
  queryOptions({
    queryKey: [...FUND_KEY, fundId, 'balances'],
    queryFn: ({ signal }) => api.get<FundBalances>(`${base(fundId)}/balances`, undefined, signal),
  });

export const campaignsQuery = (fundId: string) =>
  queryOptions({
    queryKey: [...FUND_KEY, fundId, 'campaigns'],
    queryFn: ({ signal }) => api.get<Items<Campaign>>(`${base(fundId)}/campaigns`, undefined, signal),
  });

/** Its donations and disbursements are not shown: the pages read the campaign-filtered lists, which page. */
export type { CampaignDetail };

export const campaignQuery = (fundId: string, campaignId: string) =>
  queryOptions({
    queryKey: [...FUND_KEY, fundId, 'campaign', campaignId],
    queryFn: ({ signal }) =>
      api.get<CampaignDetail>(
        `${base(fundId)}/campaigns/${encodeURIComponent(campaignId)}`,
        undefined,
        signal,
      ),
  });

export const donorsQuery = (fundId: string, q: string) =>
  queryOptions({
    queryKey: [...FUND_KEY, fundId, 'donors', q],
    queryFn: ({ signal }) => api.get<Items<Donor>>(`${base(fundId)}/donors`, { q }, signal),
    placeholderData: keepPreviousData,
  });

export type LedgerParams = { campaignId?: string; limit: number; offset: number };

export const donationsQuery = (fundId: string, p: LedgerParams) =>
  queryOptions({
    queryKey: [...FUND_KEY, fundId, 'donations', p],
    queryFn: ({ signal }) => api.get<Page<Donation>>(`${base(fundId)}/donations`, p, signal),
    placeholderData: keepPreviousData,
  });

export const disbursementsQuery = (fundId: string, p: LedgerParams) =>
  queryOptions({
    queryKey: [...FUND_KEY, fundId, 'disbursements', p],
    queryFn: ({ signal }) => api.get<Page<Disbursement>>(`${base(fundId)}/disbursements`, p, signal),
    placeholderData: keepPreviousData,
  });

export const disclosuresQuery = (fundId: string) =>
  queryOptions({
    queryKey: [...FUND_KEY, fundId, 'disclosures'],
    queryFn: ({ signal }) =>
      api.get<Items<DisclosureSummary>>(`${base(fundId)}/disclosures`, undefined, signal),
  });

/** Children of the register the fund officer reaches, by name (GET /api/children, diacritic-insensitive). */
export const childPickerQuery = (q: string) =>
  queryOptions({
    queryKey: ['children', 'search', 'fund-picker', q],
    queryFn: ({ signal }) => api.get<ChildSearchResult>('/api/children', { q, limit: 10 }, signal),
    placeholderData: keepPreviousData,
  });

export const createFund = (input: FundInput) => api.post<Fund>('/api/funds', input);
export const createCampaign = (fundId: string, input: CampaignInput) =>
  api.post<Campaign>(`${base(fundId)}/campaigns`, input);
export const createDonor = (fundId: string, input: DonorInput) =>
  api.post<Donor>(`${base(fundId)}/donors`, input);
export const recordDonation = (fundId: string, input: DonationInput) =>
  api.post<Donation>(`${base(fundId)}/donations`, input);
export const recordDisbursement = (fundId: string, input: DisbursementInput) =>
  api.post<Disbursement>(`${base(fundId)}/disbursements`, input);
export const publishDisclosure = (fundId: string, input: DisclosureInput) =>
  api.post<Disclosure>(`${base(fundId)}/disclosures`, input);

/** The public page of a published disclosure (src/web/public/disclosure.ts, served at /cong-khai). */
export const publicDisclosureUrl = (id: string) => `/cong-khai?id=${encodeURIComponent(id)}`;

/** Every write changes balances, lists and campaign totals of the fund: refresh all of it. */
export function invalidateFund(queryClient: QueryClient, fundId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: [...FUND_KEY, fundId] });
}
