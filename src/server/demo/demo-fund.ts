import crypto from 'node:crypto';
import type { AppDeps } from '../app-deps';
import { SYSTEM_ACTOR } from '../audit/audit.repo';
import { isRole } from '../../shared/permissions/roles';
import { Permission } from '../../shared/permissions/Permission';
import { scopeFor, type ScopedUser } from '../../shared/permissions/scope';
import {
  CampaignInput,
  DisbursementInput,
  DisclosureInput,
  DonationInput,
  DonorInput,
} from '../../shared/domain/Fund';
import { vietnamDate } from '../pdf/vn-date';
import { createFund } from '../modules/fund/funds.service';
import { createCampaign } from '../modules/fund/campaigns.service';
import { createDonor } from '../modules/fund/donors.service';
import { createDonation } from '../modules/fund/donations.service';
import { createDisbursement } from '../modules/fund/disbursement.service';
import { publishDisclosure } from '../modules/fund/disclosure.service';
import type { FundCaller } from '../modules/fund/fund-reach';
import { DEMO_COMMUNE, DEMO_PROVINCE } from './demo-data';

type Deps = Pick<AppDeps, 'db' | 'config' | 'now'>;

/** A fixed id per demo record (its transactionId): a second run finds every record and writes nothing. */
function demoId(key: string): string {
  const h = crypto.createHash('sha256').update(`treem-demo-fund:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const DONORS = [
  {
    key: 'bien-xanh',
    kind: 'organisation',
    name: 'Công ty CP Thương mại Biển Xanh (mẫu)',
    showPublicly: true,
  },
  {
    key: 'duyen-hai',
    kind: 'organisation',
    name: 'Tổng công ty Du lịch Duyên Hải (mẫu)',
    showPublicly: true,
  },
  { key: 'doanh-nhan', kind: 'organisation', name: 'Câu lạc bộ Doanh nhân trẻ (mẫu)', showPublicly: true },
  // A person who gives without wishing to be named: "Nhà hảo tâm" in the public report.
  {
    key: 'hao-tam',
    kind: 'person',
    name: 'Trần Thị Hảo Tâm (mẫu)',
    phone: '0905000111',
    showPublicly: false,
  },
] as const;
type DonorKey = (typeof DONORS)[number]['key'];

const GOODS = '300 suất quà Tết: gạo, bánh chưng, áo ấm (mẫu)';
// donor, in the campaign, received on, kind, amount, purpose (receipts BL-2025/001… in this order)
const DONATIONS: [DonorKey, boolean, string, 'cash' | 'in_kind', number, string][] = [
  ['bien-xanh', true, '2025-12-05', 'cash', 50_000_000, 'general'],
  ['duyen-hai', true, '2025-12-08', 'cash', 30_000_000, 'scholarship'],
  ['doanh-nhan', true, '2025-12-10', 'in_kind', 12_000_000, 'gifts'],
  ['hao-tam', true, '2025-12-12', 'cash', 5_000_000, 'surgery'],
  ['bien-xanh', false, '2025-11-20', 'cash', 20_000_000, 'clean_water'],
];

/**
 * The demo fund (synthetic: donors and amounts are invented): the national Child Sponsorship Fund and the fund of
 * the demo province, its campaign "Mùa xuân cho em" 2025–2026, donations in cash and in kind, restricted and
 * general, disbursements to register children of the demo province and one project, and the campaign's published
 * disclosure. Written through the real services as the province fund officer (quy.tinh), with fixed transaction
 * ids, so a second run changes nothing.
 */
export async function seedDemoFund(deps: Deps): Promise<{ donations: number }> {
  const officer = await demoFundOfficer(deps);
  if (!officer) return { donations: 0 };
  const today = vietnamDate(deps.now());
  const day = (d: string) => (d > today ? today : d);
  const national: FundCaller = { ...officer, actor: SYSTEM_ACTOR, scope: { kind: 'national' } };
  await ensureFund(deps, national, {
    name: 'Quỹ Bảo trợ trẻ em Việt Nam',
    level: 'national',
    provinceCode: null,
  });
  const fundId = await ensureFund(deps, national, {
    name: 'Quỹ Bảo trợ trẻ em tỉnh Khánh Hoà',
    level: 'province',
    provinceCode: DEMO_PROVINCE,
  });

  const campaign = await createCampaign(
    deps,
    officer,
    fundId,
    CampaignInput.parse({
      transactionId: demoId('campaign'),
      name: 'Mùa xuân cho em',
      description:
        'Chương trình “Mùa xuân cho em” 2025–2026: quà Tết, học bổng và phẫu thuật cho trẻ em có hoàn cảnh khó khăn (mẫu).',
      targetAmount: 150_000_000,
      startDate: '2025-12-01',
      endDate: '2026-02-28',
    }),
  );
  const donors = new Map<string, string>();
  for (const d of DONORS) {
    const { key, ...body } = d;
    const donor = await createDonor(
      deps,
      officer,
      fundId,
      DonorInput.parse({ transactionId: demoId(`donor:${key}`), ...body }),
    );
    donors.set(key, donor.id);
  }
  for (const [i, [donor, inCampaign, receivedOn, kind, amount, purpose]] of DONATIONS.entries())
    await createDonation(
      deps,
      officer,
      fundId,
      DonationInput.parse({
        transactionId: demoId(`donation:${i}`),
        campaignId: inCampaign ? campaign.id : null,
        donorId: donors.get(donor),
        receivedOn: day(receivedOn),
        kind,
        amount,
        goodsDescription: kind === 'in_kind' ? GOODS : null,
        purpose,
        receiptNumber: `BL-2025/${String(i + 1).padStart(3, '0')}`,
      }),
    );

  const children = await demoChildren(deps);
  const disburse = (key: string, body: Record<string, unknown>) =>
    createDisbursement(
      deps,
      officer,
      fundId,
      DisbursementInput.parse({
        transactionId: demoId(`disbursement:${key}`),
        decisionDate: day('2025-12-18'),
        disbursedOn: day('2025-12-22'),
        kind: 'cash',
        ...body,
      }),
    );
  const toChild = { campaignId: campaign.id, beneficiaryKind: 'child' as const };
  for (const [i, childId] of children.slice(0, 6).entries())
    await disburse(`scholarship:${i}`, {
      ...toChild,
      childId,
      purpose: 'scholarship',
      amount: 2_000_000,
      decisionNumber: '15/QĐ-QBTTE',
    });
  for (const [i, childId] of children.slice(6, 14).entries())
    await disburse(`gift:${i}`, {
      ...toChild,
      childId,
      purpose: 'gifts',
      kind: 'in_kind',
      goodsDescription: 'Một suất quà Tết (mẫu)',
      amount: 400_000,
      decisionNumber: '16/QĐ-QBTTE',
    });
  if (children[14])
    await disburse('surgery', {
      ...toChild,
      childId: children[14],
      purpose: 'surgery',
      amount: 5_000_000,
      decisionNumber: '17/QĐ-QBTTE',
      decisionDate: day('2026-01-05'),
      disbursedOn: day('2026-01-08'),
    });
  await disburse('project', {
    campaignId: null,
    beneficiaryKind: 'project',
    projectName: 'Công trình nước sạch cho một điểm trường vùng khó khăn (mẫu)',
    purpose: 'clean_water',
    amount: 18_000_000,
    decisionNumber: '12/QĐ-QBTTE',
    decisionDate: day('2025-12-01'),
    disbursedOn: day('2025-12-03'),
  });

  await publishDisclosure(
    deps,
    officer,
    fundId,
    DisclosureInput.parse({
      transactionId: demoId('disclosure'),
      campaignId: campaign.id,
      title: 'Công khai thu, chi chương trình “Mùa xuân cho em” 2025–2026',
      periodStart: '2025-12-01',
      periodEnd: day('2026-02-28'),
    }),
  );
  return { donations: DONATIONS.length };
}

/** The fund of a level, created once (a second run finds it). */
async function ensureFund(
  deps: Deps,
  caller: FundCaller,
  input: { name: string; level: 'national' | 'province'; provinceCode: string | null },
): Promise<string> {
  let q = deps.db.selectFrom('funds').select('id').where('level', '=', input.level);
  q = input.provinceCode
    ? q.where('province_code', '=', input.provinceCode)
    : q.where('province_code', 'is', null);
  const existing = await q.executeTakeFirst();
  if (existing) return existing.id;
  return (await createFund(deps, caller, input)).id;
}

/** Active register children of the demo province, those of the demo commune first, in a stable order. */
async function demoChildren(deps: Deps): Promise<string[]> {
  const rows = await deps.db
    .selectFrom('children')
    .select(['id', 'commune_code'])
    .where('province_code', '=', DEMO_PROVINCE)
    .where('status', '=', 'active')
    .orderBy((eb) => eb.case().when('commune_code', '=', DEMO_COMMUNE).then(0).else(1).end())
    .orderBy('id')
    .limit(15)
    .execute();
  return rows.map((r) => r.id);
}

async function demoFundOfficer(deps: Deps): Promise<FundCaller | undefined> {
  const r = await deps.db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role', 'unit_code', 'province_code', 'agency_id'])
    .where('username', '=', 'quy.tinh')
    .executeTakeFirst();
  if (!r || !isRole(r.role)) return undefined;
  const user: ScopedUser = {
    id: r.id,
    role: r.role,
    unitCode: r.unit_code,
    provinceCode: r.province_code,
    agencyId: r.agency_id,
  };
  const scope = scopeFor(user, Permission.fundManage);
  if (!scope) return undefined;
  return {
    user,
    scope,
    locale: 'vi',
    actor: {
      userId: r.id,
      username: r.username,
      displayName: r.display_name,
      role: r.role,
      unitCode: r.unit_code,
      ip: null,
      userAgent: 'demo seed',
      requestId: null,
    },
  };
}
