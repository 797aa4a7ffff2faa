import {
  Button,
  Checkbox,
  Chip,
  Group,
  Input,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { HotlineContactInput, type CallerType, type HotlineContact } from '../../../shared/domain/Hotline';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { harmTypesQuery, logContact } from './hotline-api';
import { CALLER_TYPE_LABEL, optionsOf } from './hotline-labels';
import { CallStartField } from './CallStartField';

const pad = (n: number) => String(n).padStart(2, '0');
/** Long category names wrap inside the chip on a 360 px phone instead of running out of the card. */
const CHIP_WRAP = {
  label: { whiteSpace: 'normal', height: 'auto', minHeight: 26, lineHeight: 1.3, paddingBlock: 3 },
} as const;

function useElapsed(from: Date, until: Date | null): string {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [until]);
  const s = Math.max(0, Math.floor(((until?.getTime() ?? now) - from.getTime()) / 1000));
  return `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
}

/**
 * Logs a call: the start is set when the form opens (the counsellor picks up) and "End call" stamps the end. The
 * transactionId is made once per call, so pressing Save again after a network failure never logs the call twice.
 */
export function HotlineContactForm({ onSaved }: { onSaved: (c: HotlineContact) => void }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const transactionId = useRef(crypto.randomUUID());
  const [startedAt, setStartedAt] = useState(() => new Date());
  const [endedAt, setEndedAt] = useState<Date | null>(null);
  const [callId, setCallId] = useState('');
  const [callerType, setCallerType] = useState<CallerType>('child');
  const [categories, setCategories] = useState<string[]>([]);
  const [summary, setSummary] = useState('');
  const [advice, setAdvice] = useState('');
  const [needsLocal, setNeedsLocal] = useState(true);
  const [childName, setChildName] = useState('');
  const [consent, setConsent] = useState(false);
  const [callerName, setCallerName] = useState('');
  const [callerPhone, setCallerPhone] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const harmTypes = useQuery(harmTypesQuery);
  const elapsed = useElapsed(startedAt, endedAt);
  const save = useMutation({
    mutationFn: logContact,
    onSuccess: (c) => {
      void queryClient.invalidateQueries({ queryKey: ['hotline'] });
      onSaved(c);
    },
  });
  const shown = { ...apiFieldErrors(save.error), ...errors };
  // A field's error goes away as soon as the field is changed.
  const clear = (field: string) =>
    setErrors((e) => (field in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== field)) : e));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(
      HotlineContactInput,
      {
        transactionId: transactionId.current,
        callId: callId || null,
        startedAt: startedAt.toISOString(),
        endedAt: endedAt?.toISOString() ?? null,
        callerType,
        categories,
        summary,
        advice: advice || null,
        needsLocalIntervention: needsLocal,
        childName: childName || null,
        callerConsent: consent,
        callerName: consent ? callerName || null : null,
        callerPhone: consent ? callerPhone || null : null,
        notes: notes || null,
      },
      locale,
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    save.mutate(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="hotline-contact-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="hotline-contact-title">
          {t('hotline.contact.title')}
        </Title>
        {Boolean(save.error) && <ErrorAlert error={save.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <CallStartField
            value={startedAt}
            onChange={(d) => {
              setStartedAt(d);
              clear('startedAt');
            }}
            error={shown.startedAt}
          />
          <Stack gap={4}>
            <Input.Label>{t('hotline.contact.endedAt')}</Input.Label>
            {endedAt ? (
              <Text size="sm" role="status">
                {t('hotline.contact.ended', { time: formatDateTime(endedAt), duration: elapsed })}
              </Text>
            ) : (
              <Group gap="xs">
                <Text size="sm" ff="monospace" aria-label={t('hotline.contact.elapsed')}>
                  {elapsed}
                </Text>
                <Button size="xs" color="red" variant="light" onClick={() => setEndedAt(new Date())}>
                  {t('hotline.contact.endCall')}
                </Button>
              </Group>
            )}
            {shown.endedAt && (
              <Text size="xs" c="red" role="alert">
                {shown.endedAt}
              </Text>
            )}
          </Stack>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Input.Wrapper label={t('hotline.contact.callerType')} error={shown.callerType}>
            <SegmentedControl
              fullWidth
              value={callerType}
              onChange={(v) => setCallerType(v === 'adult' ? 'adult' : 'child')}
              data={optionsOf(CALLER_TYPE_LABEL, t)}
            />
          </Input.Wrapper>
          <TextInput
            label={t('hotline.contact.callId')}
            value={callId}
            onChange={(e) => setCallId(e.currentTarget.value)}
            maxLength={100}
            error={shown.callId}
          />
        </SimpleGrid>
        <Input.Wrapper
          label={t('hotline.contact.categories')}
          required
          error={
            categories.length === 0 && shown.categories
              ? t('hotline.contact.categoriesRequired')
              : (shown.categories ?? shown['categories.0'])
          }
        >
          {harmTypes.isError ? (
            <ErrorAlert error={harmTypes.error} />
          ) : (
            <Chip.Group
              multiple
              value={categories}
              onChange={(v) => {
                setCategories(v);
                clear('categories');
              }}
            >
              <Group gap={6} mt={4}>
                {(harmTypes.data ?? []).map((h) => (
                  <Chip key={h.code} value={h.code} size="sm" maw="100%" styles={CHIP_WRAP}>
                    {locale === 'vi' ? h.nameVi : h.nameEn}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          )}
        </Input.Wrapper>
        <Textarea
          label={t('hotline.contact.summary')}
          value={summary}
          onChange={(e) => {
            setSummary(e.currentTarget.value);
            clear('summary');
          }}
          autosize
          minRows={3}
          maxLength={5000}
          required
          error={shown.summary}
        />
        <Textarea
          label={t('hotline.contact.advice')}
          value={advice}
          onChange={(e) => setAdvice(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={5000}
          error={shown.advice}
        />
        <TextInput
          label={t('hotline.contact.childName')}
          value={childName}
          onChange={(e) => setChildName(e.currentTarget.value)}
          maxLength={200}
          error={shown.childName}
        />
        <Switch
          label={t('hotline.contact.needsLocal')}
          description={t('hotline.contact.needsLocalHint')}
          checked={needsLocal}
          onChange={(e) => setNeedsLocal(e.currentTarget.checked)}
        />
        <Checkbox
          label={t('hotline.contact.callerConsent')}
          checked={consent}
          onChange={(e) => setConsent(e.currentTarget.checked)}
        />
        {consent && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('hotline.contact.callerName')}
              value={callerName}
              onChange={(e) => setCallerName(e.currentTarget.value)}
              maxLength={200}
              error={shown.callerName}
            />
            <TextInput
              label={t('hotline.contact.callerPhone')}
              type="tel"
              value={callerPhone}
              onChange={(e) => {
                setCallerPhone(e.currentTarget.value);
                clear('callerPhone');
              }}
              maxLength={20}
              error={shown.callerPhone}
            />
          </SimpleGrid>
        )}
        <Textarea
          label={t('hotline.contact.notes')}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
          minRows={1}
          maxLength={2000}
          error={shown.notes}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('hotline.contact.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
