import type { z } from 'zod';
import type {
  EmergencyMeasure as EmergencyMeasureSchema,
  InitialRiskLevel,
  PlacementType as PlacementTypeSchema,
  RiskRating,
} from '../../../shared/domain/CaseAction';
import type { MessageId } from '../../i18n/catalogue';

/** Words for the coded values of the step forms (CaseAction.ts UserActionBodies). */
export type VerifyOutcome = 'confirmed' | 'unfounded';
export type VerifyMethod = 'home_visit' | 'phone' | 'school' | 'police' | 'health' | 'other';
export type EmergencyMeasure = z.infer<typeof EmergencyMeasureSchema>;
export type PlacementType = z.infer<typeof PlacementTypeSchema>;

export const OUTCOME_LABEL: Record<VerifyOutcome, MessageId> = {
  confirmed: 'case.outcome.confirmed',
  unfounded: 'case.outcome.unfounded',
};
export const METHOD_LABEL: Record<VerifyMethod, MessageId> = {
  home_visit: 'case.method.home_visit',
  phone: 'case.method.phone',
  school: 'case.method.school',
  police: 'case.method.police',
  health: 'case.method.health',
  other: 'case.method.other',
};
/** Mẫu 02 result (serious / moderate / low) and the Mẫu 03/06 scale (high / medium / low). */
export const RISK_LABEL: Record<InitialRiskLevel | RiskRating, MessageId> = {
  serious: 'case.risk.serious',
  moderate: 'case.risk.moderate',
  low: 'case.rating.low',
  high: 'case.rating.high',
  medium: 'case.rating.medium',
};
export const EMERGENCY_MEASURE_LABEL: Record<EmergencyMeasure, MessageId> = {
  stop_act_with_police: 'case.emergency.stop_act_with_police',
  first_aid: 'case.emergency.first_aid',
  preserve_evidence: 'case.emergency.preserve_evidence',
  temporary_separation: 'case.emergency.temporary_separation',
  safe_shelter: 'case.emergency.safe_shelter',
  other: 'case.emergency.other',
};
export const PLACEMENT_LABEL: Record<PlacementType, MessageId> = {
  relative: 'case.placement.relative',
  foster_family: 'case.placement.foster_family',
  social_facility: 'case.placement.social_facility',
  other: 'case.placement.other',
};
export const RECOMMENDATION_LABEL: Record<'close' | 'replan', MessageId> = {
  close: 'case.recommend.close',
  replan: 'case.recommend.replan',
};
