import { Alert, Anchor, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { DuplicateCandidate } from '../../../shared/domain/Child';
import { useI18n } from '../../i18n/context';
import { DUPLICATE_REASON_LABEL, formatBirth } from './child-labels';

/** Reads `candidates` from a 409 answer's details (the API sends them with child.duplicateCandidates). */
export function candidatesOf(details: Record<string, unknown>): DuplicateCandidate[] {
  const list = details.candidates;
  return Array.isArray(list) ? (list as DuplicateCandidate[]) : [];
}

/**
 * The register may already hold this child: the similar records (open in a new tab to compare), and the choice to
 * create anyway, which the register remembers as "not a duplicate" for these pairs.
 */
export function DuplicateCandidates({
  candidates,
  canConfirm,
  pending,
  onConfirm,
}: {
  candidates: DuplicateCandidate[];
  canConfirm: boolean;
  pending: boolean;
  onConfirm: () => void;
}) {
  const { t } = useI18n();
  return (
    <Alert color="yellow" title={t('child.duplicates.title')} role="alert">
      <Stack gap="sm">
        <Text size="sm">{t('child.duplicates.text')}</Text>
        <List size="sm" spacing={6}>
          {candidates.map((c) => (
            <List.Item key={c.id}>
              <Anchor
                renderRoot={(props) => (
                  <Link {...props} to="/children/$childId" params={{ childId: c.id }} target="_blank" />
                )}
                fw={600}
              >
                {c.fullName}
              </Anchor>{' '}
              — {formatBirth(c.birthDate, c.birthPrecision, t)}, {c.communeName ?? c.communeCode}{' '}
              <Group gap={4} component="span" style={{ display: 'inline-flex' }}>
                {c.reasons.map((r) => (
                  <Badge key={r} size="sm" variant="light" color="orange">
                    {t(DUPLICATE_REASON_LABEL[r])}
                  </Badge>
                ))}
              </Group>
            </List.Item>
          ))}
        </List>
        {canConfirm && (
          <div>
            <Button variant="default" onClick={onConfirm} loading={pending}>
              {t('child.duplicates.createAnyway')}
            </Button>
          </div>
        )}
      </Stack>
    </Alert>
  );
}
