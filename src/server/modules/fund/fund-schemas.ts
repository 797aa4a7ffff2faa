/** How many donations and disbursements a campaign's detail carries (CampaignDetail, src/shared/domain/Fund.ts). */
export const CAMPAIGN_DETAIL_ROWS = 100;
