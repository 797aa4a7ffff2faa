import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/context';

/** A dialog of the Action Month: the whole screen on a phone (long forms, on-screen keyboard), centred on a desktop. */
export function AmModal({
  title,
  opened,
  onClose,
  children,
  size = 'lg',
}: {
  title: string;
  opened: boolean;
  onClose: () => void;
  children: ReactNode;
  size?: string;
}) {
  const { t } = useI18n();
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      fullScreen={narrow}
      size={size}
      closeButtonProps={{ 'aria-label': t('action.close') }}
      closeOnClickOutside={false}
    >
      {children}
    </Modal>
  );
}
