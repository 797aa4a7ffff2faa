/** The tab of /funds/$fundId, kept in the address so a reload or a shared link opens the same tab. */
export const FUND_TABS = [
  'overview',
  'campaigns',
  'donors',
  'donations',
  'disbursements',
  'disclosures',
] as const;
export type FundTab = (typeof FUND_TABS)[number];
export type FundSearch = { tab?: FundTab };

/** validateSearch of the fund route (routes.tsx): an unknown tab is dropped. */
export function validateFundSearch(search: Record<string, unknown>): FundSearch {
  const tab = FUND_TABS.find((x) => x === search.tab);
  return tab ? { tab } : {};
}
