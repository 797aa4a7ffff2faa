import { Alert, Button, Checkbox, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/context';

/**
 * Recovery codes are shown once: the user copies or downloads them and confirms before going on, because the
 * server keeps only their hashes.
 */
export function RecoveryCodesPanel({
  codes,
  onDone,
  doneLabel,
}: {
  codes: string[];
  onDone: () => void;
  doneLabel?: string;
}) {
  const { t } = useI18n();
  const [saved, setSaved] = useState(false);
  const text = codes.join('\n');
  const download = () => {
    const url = URL.createObjectURL(new Blob([`Treem\n${text}\n`], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'treem-recovery-codes.txt';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <Stack gap="md">
      <Alert color="yellow" title={t('recovery.title')}>
        {t('recovery.intro')}
      </Alert>
      <ul className="codes-grid" aria-label={t('recovery.listLabel')}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <Group gap="xs">
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? t('action.copied') : t('recovery.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={download}>
          {t('recovery.download')}
        </Button>
      </Group>
      <Checkbox
        label={t('recovery.savedConfirm')}
        checked={saved}
        onChange={(e) => setSaved(e.currentTarget.checked)}
      />
      <Text size="sm" c="dimmed">
        {t('recovery.onceOnly')}
      </Text>
      <div>
        <Button onClick={onDone} disabled={!saved}>
          {doneLabel ?? t('action.continue')}
        </Button>
      </div>
    </Stack>
  );
}
