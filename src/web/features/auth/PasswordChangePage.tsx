import { useI18n } from '../../i18n/context';
import { ForcedAuthStep } from './ForcedAuthStep';
import { PasswordChangeForm } from './PasswordChangeForm';

/** Forced change of a temporary password (new account or reset by an administrator). */
export function PasswordChangePage() {
  const { t } = useI18n();
  return (
    <ForcedAuthStep title={t('password.forcedTitle')} intro={t('password.forcedIntro')}>
      {(onDone) => <PasswordChangeForm onDone={onDone} />}
    </ForcedAuthStep>
  );
}
