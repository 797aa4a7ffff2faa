import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { HotlineContact } from '../../../shared/domain/Hotline';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { HotlineContactForm } from './HotlineContactForm';
import { HotlineTransferForm } from './HotlineTransferForm';
import { HotlineTransfersPanel } from './HotlineTransfersPanel';
import { UntransferredCalls } from './UntransferredCalls';

/**
 * The hotline 111 console (issue #4 item 3, journey J2): log the call while it happens, transfer it to the commune
 * of the child's residence or of the event, and follow the communes' progress on the transfers below.
 */
export function HotlineConsolePage() {
  const { t } = useI18n();
  const [call, setCall] = useState(0);
  const [saved, setSaved] = useState<HotlineContact | null>(null);
  // A call picked from the list of calls not transferred yet (rather than the one just logged).
  const [picked, setPicked] = useState(false);
  const [transferring, setTransferring] = useState(false);

  const nextCall = () => {
    setSaved(null);
    setPicked(false);
    setTransferring(false);
    setCall((n) => n + 1);
  };

  return (
    <Page
      title={t('hotline.title')}
      actions={
        saved && (
          <Button variant="default" onClick={nextCall}>
            {t('hotline.contact.new')}
          </Button>
        )
      }
    >
      {saved ? (
        <Stack gap="md">
          <Alert
            color={picked ? 'blue' : 'teal'}
            role="status"
            title={t(picked ? 'hotline.contact.picked' : 'hotline.contact.saved')}
          >
            {t('hotline.contact.savedAt', { time: formatDateTime(saved.startedAt) })}
          </Alert>
          <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
            {transferring || saved.needsLocalIntervention ? (
              <HotlineTransferForm contact={saved} />
            ) : (
              <Stack gap="xs">
                <Title order={2} size="h4">
                  {t('hotline.transfer.title')}
                </Title>
                <Text size="sm">{t('hotline.transfer.notNeeded')}</Text>
                <Group>
                  <Button variant="default" onClick={() => setTransferring(true)}>
                    {t('hotline.transfer.anyway')}
                  </Button>
                </Group>
              </Stack>
            )}
          </Paper>
        </Stack>
      ) : (
        <>
          <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
            <HotlineContactForm key={call} onSaved={setSaved} />
          </Paper>
          <UntransferredCalls
            onPick={(c) => {
              setSaved(c);
              setPicked(true);
            }}
          />
        </>
      )}
      <HotlineTransfersPanel />
    </Page>
  );
}
