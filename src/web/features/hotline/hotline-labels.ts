import type {
  CallerType,
  HotlineTransferFilter,
  TransferBasis,
  TransferProgress,
} from '../../../shared/domain/Hotline';
import type { HarmEnvironment, PerpetratorRelation, Urgency } from '../../../shared/domain/Report';
import type { Sex } from '../../../shared/domain/Child';
import type { MessageId } from '../../i18n/catalogue';

/** Message ids of the hotline console's choices, written out so the i18n check sees each one used. */

export const CALLER_TYPE_LABEL: Record<CallerType, MessageId> = {
  child: 'hotline.callerType.child',
  adult: 'hotline.callerType.adult',
};

export const BASIS_LABEL: Record<TransferBasis, MessageId> = {
  residence: 'hotline.basis.residence',
  event: 'hotline.basis.event',
};

export const ENVIRONMENT_LABEL: Record<HarmEnvironment, MessageId> = {
  family: 'hotline.environment.family',
  school: 'hotline.environment.school',
  community: 'hotline.environment.community',
  online: 'hotline.environment.online',
  other: 'hotline.environment.other',
  unknown: 'hotline.environment.unknown',
};

export const PERPETRATOR_LABEL: Record<PerpetratorRelation, MessageId> = {
  parent: 'hotline.perpetrator.parent',
  step_parent: 'hotline.perpetrator.step_parent',
  relative: 'hotline.perpetrator.relative',
  caregiver: 'hotline.perpetrator.caregiver',
  teacher: 'hotline.perpetrator.teacher',
  acquaintance: 'hotline.perpetrator.acquaintance',
  stranger: 'hotline.perpetrator.stranger',
  other_child: 'hotline.perpetrator.other_child',
  none: 'hotline.perpetrator.none',
  unknown: 'hotline.perpetrator.unknown',
};

export const URGENCY_LABEL: Record<Urgency, MessageId> = {
  immediate: 'hotline.urgency.immediate',
  high: 'hotline.urgency.high',
  normal: 'hotline.urgency.normal',
};

export const SEX_LABEL: Record<Sex, MessageId> = {
  male: 'child.sex.male',
  female: 'child.sex.female',
  unknown: 'child.sex.unknown',
};

export const FILTER_LABEL: Record<HotlineTransferFilter, MessageId> = {
  all: 'hotline.filter.all',
  not_acknowledged: 'hotline.filter.not_acknowledged',
  escalated: 'hotline.filter.escalated',
  open: 'hotline.filter.open',
  closed: 'hotline.filter.closed',
};

export const PROGRESS_LABEL: Record<TransferProgress, MessageId> = {
  received: 'hotline.progress.received',
  acknowledged: 'hotline.progress.acknowledged',
  in_progress: 'hotline.progress.in_progress',
  closed: 'hotline.progress.closed',
};

/** The Select options of a label map, in the map's order. */
export function optionsOf<K extends string>(
  labels: Record<K, MessageId>,
  t: (id: MessageId) => string,
): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: t(labels[value]) }));
}
