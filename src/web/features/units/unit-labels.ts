import type { UnitLevel } from '../../../shared/domain/Unit';
import type { MessageId } from '../../i18n/catalogue';

export const UNIT_LEVEL_LABEL: Record<UnitLevel, MessageId> = {
  province: 'units.level.province',
  district: 'units.level.district',
  commune: 'units.level.commune',
};
