import { useI18n } from '../../i18n/context';
import { ForcedAuthStep } from './ForcedAuthStep';
import { TotpEnrolPanel } from './TotpEnrolPanel';

/** Forced enrolment: the user's role requires a second factor and none is set up yet. */
export function TotpEnrolPage() {
  const { t } = useI18n();
  return (
    <ForcedAuthStep title={t('enrol.title')} intro={t('enrol.requiredIntro')}>
      {(onDone) => <TotpEnrolPanel onDone={onDone} />}
    </ForcedAuthStep>
  );
}
