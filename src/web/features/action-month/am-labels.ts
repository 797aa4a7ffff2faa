import type {
  AmActivityType,
  AmPlanLevel,
  AmPlanStatus,
  AmReportLevel,
  AmReportStatus,
  AmResultFigures,
} from '../../../shared/domain/ActionMonth';
import type { MessageId } from '../../i18n/catalogue';

/** Message ids of the Action Month's choices, written out so the i18n check sees each one used. */

export const ACTIVITY_TYPE_LABEL: Record<AmActivityType, MessageId> = {
  communication: 'am.type.communication',
  launch_ceremony: 'am.type.launch_ceremony',
  visits_gifts: 'am.type.visits_gifts',
  health_screening: 'am.type.health_screening',
  summer_activities: 'am.type.summer_activities',
  training: 'am.type.training',
  fund_drive: 'am.type.fund_drive',
  children_forum: 'am.type.children_forum',
  facility: 'am.type.facility',
  inspection: 'am.type.inspection',
  other: 'am.type.other',
};

export const PLAN_LEVEL_LABEL: Record<AmPlanLevel, MessageId> = {
  national: 'am.planLevel.national',
  province: 'am.planLevel.province',
  commune: 'am.planLevel.commune',
  agency: 'am.planLevel.agency',
};

export const PLAN_STATUS_LABEL: Record<AmPlanStatus, MessageId> = {
  draft: 'am.planStatus.draft',
  issued: 'am.planStatus.issued',
};

export const REPORT_LEVEL_LABEL: Record<AmReportLevel, MessageId> = {
  commune: 'am.reportLevel.commune',
  agency: 'am.reportLevel.agency',
  province: 'am.reportLevel.province',
};

export type AmUnitStatus = AmReportStatus | 'missing';
export const REPORT_STATUS_LABEL: Record<AmUnitStatus, MessageId> = {
  missing: 'am.reportStatus.missing',
  draft: 'am.reportStatus.draft',
  submitted: 'am.reportStatus.submitted',
  returned: 'am.reportStatus.returned',
  accepted: 'am.reportStatus.accepted',
};
export const REPORT_STATUS_COLOR: Record<AmUnitStatus, string> = {
  missing: 'gray',
  draft: 'yellow',
  submitted: 'blue',
  returned: 'orange',
  accepted: 'teal',
};

export type Figure = keyof AmResultFigures;
export const FIGURE_LABEL: Record<Figure, MessageId> = {
  events: 'am.figure.events',
  participantsMale: 'am.figure.participantsMale',
  participantsFemale: 'am.figure.participantsFemale',
  childrenReached: 'am.figure.childrenReached',
  childrenGifted: 'am.figure.childrenGifted',
  giftsValue: 'am.figure.giftsValue',
  cashMobilised: 'am.figure.cashMobilised',
  inKindMobilised: 'am.figure.inKindMobilised',
  screenings: 'am.figure.screenings',
  surgeries: 'am.figure.surgeries',
  facilitiesBuilt: 'am.figure.facilitiesBuilt',
  facilitiesUpgraded: 'am.figure.facilitiesUpgraded',
  mediaItems: 'am.figure.mediaItems',
  trainings: 'am.figure.trainings',
  trainees: 'am.figure.trainees',
};

export type FigureGroupKey = 'events' | 'children' | 'mobilised' | 'health' | 'facilities' | 'outreach';
export const FIGURE_GROUP_LABEL: Record<FigureGroupKey, MessageId> = {
  events: 'am.group.events',
  children: 'am.group.children',
  mobilised: 'am.group.mobilised',
  health: 'am.group.health',
  facilities: 'am.group.facilities',
  outreach: 'am.group.outreach',
};

/** The Select options of a label map, in the map's order. */
export function optionsOf<K extends string>(
  labels: Record<K, MessageId>,
  t: (id: MessageId) => string,
): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: t(labels[value]) }));
}
