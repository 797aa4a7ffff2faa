import { Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { unitConversionQuery, unitLabel } from './units-api';

/** Old (pre-July-2025) commune code → the 2025 commune(s) it became, from the official mapping. */
export function UnitConverter() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const conversion = useQuery({ ...unitConversionQuery(code ?? ''), enabled: code !== null });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    const ok = /^\d{3}$|^\d{5}$/.test(value);
    setInvalid(!ok);
    if (ok) setCode(value);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="units-convert">
      <Title order={2} size="h4" id="units-convert">
        {t('units.convertTitle')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('units.oldCode')}
            description={t('units.oldCodeHint')}
            inputMode="numeric"
            maxLength={5}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={invalid ? t('units.oldCodeInvalid') : undefined}
            w={{ base: '100%', xs: 340 }}
          />
          <Button type="submit" variant="default">
            {t('units.convert')}
          </Button>
        </Group>
      </form>
      {code && conversion.isPending && <LoadingState />}
      {code && conversion.isError && <ErrorState error={conversion.error} />}
      {code && conversion.data && (
        <Stack gap="xs" aria-live="polite">
          <Text size="sm">
            {conversion.data.old
              ? t('units.oldUnit', { name: unitLabel(conversion.data.old), code: conversion.data.old.code })
              : t('units.oldUnknown', { code })}
          </Text>
          {conversion.data.candidates.length === 0 ? (
            <Text size="sm">{t('units.noCandidates')}</Text>
          ) : (
            conversion.data.candidates.map((c) => (
              <Card key={c.unit.code} withBorder padding="sm">
                <Group justify="space-between" gap="xs">
                  <Text fw={600}>{unitLabel(c.unit)}</Text>
                  <Group gap={6}>
                    {c.partial && (
                      <Badge color="orange" variant="light">
                        {t('units.partial')}
                      </Badge>
                    )}
                    <Badge color="gray" variant="light" ff="monospace">
                      {c.unit.code}
                    </Badge>
                  </Group>
                </Group>
                {c.note && (
                  <Text size="sm" c="dimmed" mt={4}>
                    {c.note}
                  </Text>
                )}
              </Card>
            ))
          )}
        </Stack>
      )}
    </Stack>
  );
}
