import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { DuplicatePair, MergeResult } from '../../../shared/domain/ChildImport';
import type { Unit } from '../../../shared/domain/Unit';
import { api } from '../../api/client';
import { useMe } from '../../api/useMe';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { UnitPicker } from '../../components/UnitPicker';
import { useI18n } from '../../i18n/context';
import { duplicatesQuery, invalidateChildren } from './children-api';
import { childScope } from './child-scope';
import { DuplicatePairCard } from './DuplicatePairCard';

type Decision =
  | { kind: 'merge'; pair: DuplicatePair; keepId: string; mergeId: string; transactionId: string }
  | { kind: 'dismiss'; pair: DuplicatePair };

const pairKey = (p: DuplicatePair) => `${p.a.id}|${p.b.id}`;

/**
 * Rà soát hồ sơ trùng: the suspected pairs of the jurisdiction nobody has decided yet (found on create, on import
 * and by the register's rules), strongest evidence first.
 */
export function DuplicatesPage() {
  const { t } = useI18n();
  const me = useMe();
  const scope = childScope(me, 'children.merge');
  const queryClient = useQueryClient();
  const [unit, setUnit] = useState<Unit | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const list = useQuery(duplicatesQuery(unit?.code));

  const decide = useMutation({
    mutationFn: async (d: Decision) => {
      if (d.kind === 'merge')
        await api.post<MergeResult>('/api/children/duplicates/merge', {
          keepId: d.keepId,
          mergeId: d.mergeId,
          transactionId: d.transactionId,
        });
      else await api.post<void>('/api/children/duplicates/dismiss', { aId: d.pair.a.id, bId: d.pair.b.id });
    },
    onSuccess: async (_r, d) => {
      const kept = d.kind === 'merge' ? (d.keepId === d.pair.a.id ? d.pair.a : d.pair.b) : null;
      setDone(
        kept
          ? t('duplicates.merged', { name: kept.fullName })
          : t('duplicates.dismissed', { a: d.pair.a.fullName, b: d.pair.b.fullName }),
      );
      await invalidateChildren(queryClient);
    },
  });
  const busyKey = decide.isPending && decide.variables ? pairKey(decide.variables.pair) : null;
  const errorKey = decide.isError && decide.variables ? pairKey(decide.variables.pair) : null;

  return (
    <Page title={t('duplicates.title')}>
      <Anchor size="sm" mt={-8} renderRoot={(props) => <Link {...props} to="/children" />}>
        ← {t('children.backToList')}
      </Anchor>
      <Text size="sm">{t('duplicates.intro')}</Text>
      {scope.kind === 'province' && (
        <Stack maw={420}>
          <UnitPicker
            label={t('children.filterCommune')}
            description=""
            value={unit}
            onChange={setUnit}
            level="commune"
            provinceCode={scope.provinceCode}
          />
        </Stack>
      )}
      {done && (
        <Alert
          color="teal"
          role="status"
          withCloseButton
          onClose={() => setDone(null)}
          closeButtonLabel={t('action.close')}
        >
          {done}
        </Alert>
      )}
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState>{t('duplicates.empty')}</EmptyState>
      ) : (
        <Stack gap="md">
          <Text size="sm" role="status">
            {t('duplicates.count', { count: list.data.items.length })}
          </Text>
          {list.data.items.map((pair, i) => (
            <DuplicatePairCard
              key={pairKey(pair)}
              pair={pair}
              index={i}
              busy={busyKey === pairKey(pair)}
              error={errorKey === pairKey(pair) ? decide.error : null}
              onMerge={(keepId, mergeId, transactionId) =>
                decide.mutate({ kind: 'merge', pair, keepId, mergeId, transactionId })
              }
              onDismiss={() => decide.mutate({ kind: 'dismiss', pair })}
            />
          ))}
        </Stack>
      )}
    </Page>
  );
}
