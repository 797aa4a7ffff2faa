import { z } from 'zod';
import { OptionalText, ProvinceCode, Text, TransactionId, Uuid } from './Common';
import { IsoDate, OptionalPhone } from './Child';
import { Vnd } from './ActionMonth';

/**
 * Child Sponsorship Fund (Quỹ Bảo trợ trẻ em): Quyết định 135/2003/QĐ-TTg, Thông tư 87/2008/TT-BTC (domain.md §9:
 * respect the donor's purpose, disclose income and expenditure publicly); migrations/0016_fund.sql; issue #5
 * item 6, journey J5.
 *
 * API (under /api/funds; permission fund.read to read, fund.manage to write; a fund officer reaches the funds of
 * their unit: a province fund officer their province's fund, a national one every fund):
 *   GET  /api/funds                                   FundList
 *   POST /api/funds                                   FundInput → Fund  (national fund officers only)
 *   GET  /api/funds/:fundId                           FundDetail (balances by campaign and purpose)
 *   GET  /api/funds/:fundId/campaigns                 CampaignList        POST same  CampaignInput → Campaign
 *   GET  /api/funds/:fundId/campaigns/:campaignId     CampaignDetail (balances by purpose, donations, disbursements)
 *   GET  /api/funds/:fundId/donors?q                  DonorList           POST same  DonorInput → Donor
 *   GET  /api/funds/:fundId/donations?campaignId      DonationList        POST same  DonationInput → Donation
 *   GET  /api/funds/:fundId/disbursements?campaignId  DisbursementList    POST same  DisbursementInput → Disbursement
 *        409 'fund.insufficient' with what is available when the restricted and general money left cannot cover it
 *   GET  /api/funds/:fundId/balances                  FundBalances (by campaign × purpose; sums add up)
 *   POST /api/funds/:fundId/disclosures               DisclosureInput → Disclosure (publish a frozen snapshot)
 *   GET  /api/funds/:fundId/disclosures               DisclosureList
 *   GET  /api/public/fund-disclosures                 DisclosureList (no login)
 *   GET  /api/public/fund-disclosures/:id             Disclosure (no login; never a child's identity)
 *   GET  /api/public/fund-disclosures/:id/export.pdf  the disclosure as a PDF (no login)
 */

/** What a donation may be used for. 'general' is unrestricted; the others restrict it (domain.md §9 uses). */
export const FundPurpose = z.enum([
  'general',
  'scholarship',
  'gifts',
  'surgery',
  'health',
  'clean_water',
  'school_facility',
  'orphan_support',
  'disaster_relief',
  'nutrition',
]);
export type FundPurpose = z.infer<typeof FundPurpose>;
/** A disbursement always has a concrete purpose. */
export const DisbursementPurpose = FundPurpose.exclude(['general']);
export type DisbursementPurpose = z.infer<typeof DisbursementPurpose>;

export const FundLevel = z.enum(['national', 'province']);
export const GoodsKind = z.enum(['cash', 'in_kind']);
export type GoodsKind = z.infer<typeof GoodsKind>;
export const DonorKind = z.enum(['organisation', 'person']);
export type DonorKind = z.infer<typeof DonorKind>;

export const FundParams = z.object({ fundId: Uuid });
export const CampaignParams = z.object({ fundId: Uuid, campaignId: Uuid });

export const FundInput = z
  .object({
    name: Text(300),
    level: FundLevel,
    provinceCode: ProvinceCode.nullish().transform((v) => v ?? null),
  })
  .refine((f) => (f.level === 'province') === (f.provinceCode !== null), {
    path: ['provinceCode'],
    params: { messageId: 'fund.provinceForProvinceFund' },
  });
export type FundInput = z.infer<typeof FundInput>;

export const Fund = z.object({
  id: Uuid,
  name: z.string(),
  level: FundLevel,
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
});
export type Fund = z.infer<typeof Fund>;
export const FundList = z.object({ items: z.array(Fund) });

/** Money of one (campaign, purpose) cell: income, spent, left; left = income − spent always. */
export const Balance = z.object({ income: Vnd, spent: Vnd, available: Vnd });
export type Balance = z.infer<typeof Balance>;
export const PurposeBalance = Balance.extend({ purpose: FundPurpose, kind: GoodsKind });
export type PurposeBalance = z.infer<typeof PurposeBalance>;

export const FundBalances = z.object({
  fundId: Uuid,
  total: Balance,
  /** campaignId null: donations and disbursements outside any campaign. */
  campaigns: z.array(
    z.object({
      campaignId: z.string().nullable(),
      campaignName: z.string().nullable(),
      total: Balance,
      byPurpose: z.array(PurposeBalance),
    }),
  ),
});
export type FundBalances = z.infer<typeof FundBalances>;

export const FundDetail = Fund.extend({ balances: FundBalances });
export type FundDetail = z.infer<typeof FundDetail>;

export const CampaignInput = z
  .object({
    transactionId: TransactionId,
    name: Text(300),
    description: OptionalText(5000),
    targetAmount: Vnd.default(0),
    startDate: IsoDate,
    endDate: IsoDate,
    actionMonthYear: z
      .number()
      .int()
      .min(2000)
      .max(2100)
      .nullish()
      .transform((v) => v ?? null),
  })
  .refine((c) => c.endDate >= c.startDate, {
    path: ['endDate'],
    params: { messageId: 'field.endBeforeStart' },
  });
export type CampaignInput = z.infer<typeof CampaignInput>;

export const Campaign = z.object({
  id: Uuid,
  fundId: Uuid,
  name: z.string(),
  description: z.string().nullable(),
  targetAmount: Vnd,
  startDate: z.string(),
  endDate: z.string(),
  actionMonthYear: z.number().int().nullable(),
  /** Sum of the campaign's donations (cash and in-kind value). */
  raised: Vnd,
  spent: Vnd,
});
export type Campaign = z.infer<typeof Campaign>;
export const CampaignList = z.object({ items: z.array(Campaign) });

export const DonorInput = z.object({
  transactionId: TransactionId,
  kind: DonorKind,
  name: Text(300),
  phone: OptionalPhone,
  address: OptionalText(500),
  /** false: public reports say "Nhà hảo tâm" instead of the name. */
  showPublicly: z.boolean().default(false),
});
export type DonorInput = z.infer<typeof DonorInput>;

export const Donor = z.object({
  id: Uuid,
  kind: DonorKind,
  name: z.string(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  showPublicly: z.boolean(),
  donated: Vnd,
});
export type Donor = z.infer<typeof Donor>;
export const DonorList = z.object({ items: z.array(Donor) });
export const DonorListQuery = z.object({ q: z.string().max(100).optional() });

export const DonationInput = z
  .object({
    transactionId: TransactionId,
    campaignId: Uuid.nullish().transform((v) => v ?? null),
    donorId: Uuid,
    receivedOn: IsoDate,
    kind: GoodsKind,
    /** Cash amount, or the value of the goods, in đồng. */
    amount: Vnd.min(1),
    goodsDescription: OptionalText(1000),
    purpose: FundPurpose,
    receiptNumber: Text(100),
    notes: OptionalText(2000),
  })
  .refine((d) => d.kind === 'cash' || d.goodsDescription !== null, {
    path: ['goodsDescription'],
    params: { messageId: 'fund.goodsDescriptionRequired' },
  });
export type DonationInput = z.infer<typeof DonationInput>;

export const Donation = z.object({
  id: Uuid,
  campaignId: z.string().nullable(),
  campaignName: z.string().nullable(),
  donorId: Uuid,
  donorName: z.string(),
  receivedOn: z.string(),
  kind: GoodsKind,
  amount: Vnd,
  goodsDescription: z.string().nullable(),
  purpose: FundPurpose,
  receiptNumber: z.string(),
  notes: z.string().nullable(),
  allocated: Vnd,
  available: Vnd,
});
export type Donation = z.infer<typeof Donation>;
export const DonationList = z.object({ items: z.array(Donation), total: z.number().int() });
export const LedgerListQuery = z.object({
  campaignId: Uuid.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type LedgerListQuery = z.infer<typeof LedgerListQuery>;

export const DisbursementInput = z
  .object({
    transactionId: TransactionId,
    campaignId: Uuid.nullish().transform((v) => v ?? null),
    purpose: DisbursementPurpose,
    beneficiaryKind: z.enum(['child', 'project']),
    /** A register child the fund officer can see. */
    childId: Uuid.nullish().transform((v) => v ?? null),
    projectName: OptionalText(300),
    decisionNumber: Text(100),
    decisionDate: IsoDate,
    disbursedOn: IsoDate,
    kind: GoodsKind,
    amount: Vnd.min(1),
    goodsDescription: OptionalText(1000),
    notes: OptionalText(2000),
    /** Draw on these donations only (each must fit); otherwise the oldest restricted, then general money first. */
    donationIds: z.array(Uuid).max(50).optional(),
  })
  .refine((d) => (d.beneficiaryKind === 'child') === (d.childId !== null), {
    path: ['childId'],
    params: { messageId: 'fund.childRequired' },
  })
  .refine((d) => d.beneficiaryKind === 'child' || d.projectName !== null, {
    path: ['projectName'],
    params: { messageId: 'fund.projectRequired' },
  })
  .refine((d) => d.kind === 'cash' || d.goodsDescription !== null, {
    path: ['goodsDescription'],
    params: { messageId: 'fund.goodsDescriptionRequired' },
  });
export type DisbursementInput = z.infer<typeof DisbursementInput>;

export const Disbursement = z.object({
  id: Uuid,
  campaignId: z.string().nullable(),
  campaignName: z.string().nullable(),
  purpose: DisbursementPurpose,
  beneficiaryKind: z.enum(['child', 'project']),
  childId: z.string().nullable(),
  /** The child's name for the fund officer who may see the child; never in public output. */
  childName: z.string().nullable(),
  projectName: z.string().nullable(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  disbursedOn: z.string(),
  kind: GoodsKind,
  amount: Vnd,
  goodsDescription: z.string().nullable(),
  notes: z.string().nullable(),
  allocations: z.array(z.object({ donationId: Uuid, receiptNumber: z.string(), amount: Vnd })),
});
export type Disbursement = z.infer<typeof Disbursement>;
export const DisbursementList = z.object({ items: z.array(Disbursement), total: z.number().int() });

/**
 * GET /api/funds/:fundId/campaigns/:campaignId — the campaign, its balances by purpose and kind, its latest
 * donations and disbursements (up to 100 each; the ledger lists with ?campaignId= page through the rest).
 */
export const CampaignDetail = Campaign.extend({
  balances: z.object({ total: Balance, byPurpose: z.array(PurposeBalance) }),
  donations: z.array(Donation),
  disbursements: z.array(Disbursement),
});
export type CampaignDetail = z.infer<typeof CampaignDetail>;

export const DisclosureInput = z
  .object({
    transactionId: TransactionId,
    campaignId: Uuid.nullish().transform((v) => v ?? null),
    title: Text(300),
    periodStart: IsoDate,
    periodEnd: IsoDate,
  })
  .refine((d) => d.periodEnd >= d.periodStart, {
    path: ['periodEnd'],
    params: { messageId: 'field.endBeforeStart' },
  });
export type DisclosureInput = z.infer<typeof DisclosureInput>;

/**
 * The frozen public content (fund_disclosures.snapshot). Donors by name only when showPublicly, otherwise grouped
 * as anonymous; expenditure by purpose with the number of children supported (counts under 5 shown as "< 5") and
 * projects by name; never a child's name, code, birth date or commune.
 */
export const DisclosureSnapshot = z.object({
  fundName: z.string(),
  campaignName: z.string().nullable(),
  periodStart: z.string(),
  periodEnd: z.string(),
  income: z.object({
    total: Vnd,
    cash: Vnd,
    inKind: Vnd,
    donors: z.array(z.object({ name: z.string(), amount: Vnd })),
    anonymousTotal: Vnd,
    anonymousCount: z.number().int(),
  }),
  expenditure: z.object({
    total: Vnd,
    byPurpose: z.array(
      z.object({
        purpose: DisbursementPurpose,
        amount: Vnd,
        /** null when fewer than 5 children (small-count suppression, domain.md §10). */
        childrenSupported: z.number().int().nullable(),
        projects: z.array(z.object({ name: z.string(), amount: Vnd })),
      }),
    ),
  }),
  /** Money left for the disclosed scope at the end of the period. */
  balance: Vnd,
});
export type DisclosureSnapshot = z.infer<typeof DisclosureSnapshot>;

export const Disclosure = z.object({
  id: Uuid,
  fundId: Uuid,
  campaignId: z.string().nullable(),
  title: z.string(),
  publishedAt: z.string(),
  snapshot: DisclosureSnapshot,
});
export type Disclosure = z.infer<typeof Disclosure>;
export const DisclosureSummary = Disclosure.omit({ snapshot: true }).extend({
  fundName: z.string(),
  incomeTotal: Vnd,
  expenditureTotal: Vnd,
});
export const DisclosureList = z.object({ items: z.array(DisclosureSummary) });
export const DisclosureParams = z.object({ id: Uuid });
