import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Mark,
  Modal,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import type { DuplicateChild, DuplicatePair } from '../../../shared/domain/ChildImport';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { unitQuery } from '../units/units-api';
import { DUPLICATE_REASON_LABEL, formatBirth, SEX_LABEL } from './child-labels';
import { Facts } from './ProfileParts';

function CommuneName({ code }: { code: string }) {
  const unit = useQuery(unitQuery('2025', code));
  return <>{unit.data?.name ?? code}</>;
}

/** A value that differs from the other record's is marked (and said so to screen readers). */
function Compared({ value, other }: { value: string | null; other: string | null }) {
  const { t } = useI18n();
  if (!value) return <>—</>;
  if (value === (other ?? '')) return <>{value}</>;
  return (
    <>
      <Mark color="yellow">{value}</Mark>
      <VisuallyHidden> ({t('duplicates.differs')})</VisuallyHidden>
    </>
  );
}

function Side({ child, other, heading }: { child: DuplicateChild; other: DuplicateChild; heading: string }) {
  const { t } = useI18n();
  const birth = (c: DuplicateChild) => formatBirth(c.birthDate, c.birthPrecision, t);
  return (
    <Card withBorder padding="sm" component="section" aria-label={`${heading}: ${child.fullName}`}>
      <Text size="xs" c="dimmed" fw={600}>
        {heading}
      </Text>
      <Anchor
        renderRoot={(props) => (
          <Link {...props} to="/children/$childId" params={{ childId: child.id }} target="_blank" />
        )}
        fw={700}
        mb="xs"
        display="inline-block"
      >
        {child.fullName}
      </Anchor>
      <Facts
        narrowCols={2}
        items={[
          {
            label: t('child.field.birthDate'),
            value: <Compared value={birth(child)} other={birth(other)} />,
          },
          {
            label: t('child.field.sex'),
            value: <Compared value={t(SEX_LABEL[child.sex])} other={t(SEX_LABEL[other.sex])} />,
          },
          {
            label: t('child.field.personalId'),
            value: <Compared value={child.personalId} other={other.personalId} />,
          },
          { label: t('child.field.commune'), value: <CommuneName code={child.communeCode} /> },
          {
            label: t('child.field.village'),
            value: <Compared value={child.village} other={other.village} />,
          },
          {
            label: t('child.field.caregivers'),
            value: (
              <Compared value={child.caregiverNames.join(', ')} other={other.caregiverNames.join(', ')} />
            ),
          },
          { label: t('duplicates.createdAt'), value: formatDateTime(child.createdAt) },
        ]}
      />
    </Card>
  );
}

/**
 * One suspected pair, side by side: merge (the officer chooses the record to keep; both histories stay) or
 * "không trùng" (remembered: the pair is not proposed again).
 */
export function DuplicatePairCard({
  pair,
  index,
  busy,
  error,
  onMerge,
  onDismiss,
}: {
  pair: DuplicatePair;
  index: number;
  busy: boolean;
  error: unknown;
  onMerge: (keepId: string, mergeId: string, transactionId: string) => void;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  const [keep, setKeep] = useState<'a' | 'b'>('a');
  const [confirming, setConfirming] = useState(false);
  // One id per pair shown: a retried merge answers the first result instead of failing.
  const transactionId = useRef(crypto.randomUUID());
  const headingId = `dup-pair-${index}`;
  const kept = keep === 'a' ? pair.a : pair.b;
  const merged = keep === 'a' ? pair.b : pair.a;

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" gap="xs" mb="sm">
        <Title order={2} size="h5" id={headingId}>
          {t('duplicates.pairTitle', { n: index + 1, a: pair.a.fullName, b: pair.b.fullName })}
        </Title>
        <Group gap={4}>
          {pair.reasons.map((r) => (
            <Badge key={r} variant="light" color="orange">
              {t(DUPLICATE_REASON_LABEL[r])}
            </Badge>
          ))}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Side child={pair.a} other={pair.b} heading={t('duplicates.recordA')} />
        <Side child={pair.b} other={pair.a} heading={t('duplicates.recordB')} />
      </SimpleGrid>
      <Stack gap="sm" mt="sm">
        {Boolean(error) && <ErrorAlert error={error} />}
        <Radio.Group
          label={t('duplicates.keepLabel')}
          value={keep}
          onChange={(v) => setKeep(v === 'b' ? 'b' : 'a')}
        >
          <Group gap="md" mt={4}>
            <Radio value="a" label={t('duplicates.keepA', { name: pair.a.fullName })} />
            <Radio value="b" label={t('duplicates.keepB', { name: pair.b.fullName })} />
          </Group>
        </Radio.Group>
        <Group gap="xs">
          <Button onClick={() => setConfirming(true)} disabled={busy}>
            {t('duplicates.merge')}
          </Button>
          <Button variant="default" onClick={onDismiss} loading={busy && !confirming}>
            {t('duplicates.dismiss')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('duplicates.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('action.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">
            {t('duplicates.confirmText', { merged: merged.fullName, kept: kept.fullName })}
          </Text>
          <Group gap="xs">
            <Button
              loading={busy}
              onClick={() => {
                onMerge(kept.id, merged.id, transactionId.current);
                setConfirming(false);
              }}
            >
              {t('duplicates.confirmMerge')}
            </Button>
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('action.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
