import type { DonorKind, FundPurpose, GoodsKind } from '../../../shared/domain/Fund';
import type { MessageId } from '../../i18n/catalogue';

/** Message ids of the fund's choices, written out so the i18n check sees each one used. */

export const PURPOSE_LABEL: Record<FundPurpose, MessageId> = {
  general: 'fund.purpose.general',
  scholarship: 'fund.purpose.scholarship',
  gifts: 'fund.purpose.gifts',
  surgery: 'fund.purpose.surgery',
  health: 'fund.purpose.health',
  clean_water: 'fund.purpose.clean_water',
  school_facility: 'fund.purpose.school_facility',
  orphan_support: 'fund.purpose.orphan_support',
  disaster_relief: 'fund.purpose.disaster_relief',
  nutrition: 'fund.purpose.nutrition',
};

/** A disbursement always has a concrete purpose: every purpose but 'general'. */
export const DISBURSEMENT_PURPOSES = (Object.keys(PURPOSE_LABEL) as FundPurpose[]).filter(
  (p): p is Exclude<FundPurpose, 'general'> => p !== 'general',
);

export const GOODS_KIND_LABEL: Record<GoodsKind, MessageId> = {
  cash: 'fund.kind.cash',
  in_kind: 'fund.kind.in_kind',
};

export const DONOR_KIND_LABEL: Record<DonorKind, MessageId> = {
  organisation: 'fund.donorKind.organisation',
  person: 'fund.donorKind.person',
};

export const LEVEL_LABEL: Record<'national' | 'province', MessageId> = {
  national: 'fund.level.national',
  province: 'fund.level.province',
};

export const BENEFICIARY_LABEL: Record<'child' | 'project', MessageId> = {
  child: 'fund.beneficiary.child',
  project: 'fund.beneficiary.project',
};

/** The Select options of a label map (or of some of its keys), in the map's order. */
export function optionsOf<K extends string>(
  labels: Record<K, MessageId>,
  t: (id: MessageId) => string,
  keys: readonly K[] = Object.keys(labels) as K[],
): { value: K; label: string }[] {
  return keys.map((value) => ({ value, label: t(labels[value]) }));
}
