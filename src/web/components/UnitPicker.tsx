import {
  CloseButton,
  Combobox,
  Group,
  Loader,
  Text,
  TextInput,
  VisuallyHidden,
  useCombobox,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { UnitEra } from '../../shared/domain/Common';
import type { Unit, UnitLevel } from '../../shared/domain/Unit';
import { unitLabel, unitSearchQuery } from '../features/units/units-api';
import { useI18n } from '../i18n/context';
import { errorMessage } from './ErrorAlert';

export type UnitPickerProps = {
  label: string;
  value: Unit | null;
  onChange: (unit: Unit | null) => void;
  /** Restrict to one level (province or commune) and/or one province. */
  level?: UnitLevel;
  provinceCode?: string;
  era?: UnitEra;
  description?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  /** Shows the unit as plain text in the field (a read-only form), with no search. */
  readOnly?: boolean;
};

const MIN_QUERY = 2;

/**
 * Accessible combobox over GET /api/units/search: type a name with or without diacritics ("bac nha trang"), see the
 * matches with their province, pick one with the mouse or the arrow keys and Enter. The server does the matching
 * (unaccented trigram search), so the picker never loads the 3,321 communes.
 */
export function UnitPicker({
  label,
  value,
  onChange,
  level,
  provinceCode,
  era = '2025',
  description,
  error,
  required,
  disabled,
  readOnly,
}: UnitPickerProps) {
  const { t } = useI18n();
  const statusId = useId();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState(value ? unitLabel(value) : '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const selectedLabel = value ? unitLabel(value) : null;

  // A value set from outside (edit page load, form reset) shows in the input; typing over it keeps the typed text.
  const previousLabel = useRef(selectedLabel);
  useEffect(() => {
    const previous = previousLabel.current;
    if (selectedLabel !== null) setSearch(selectedLabel);
    else if (previous !== null) setSearch((s) => (s === previous ? '' : s));
    previousLabel.current = selectedLabel;
  }, [selectedLabel]);

  const searching = debounced.length >= MIN_QUERY && debounced !== selectedLabel;
  const results = useQuery({
    ...unitSearchQuery({ q: debounced, era, level, provinceCode }),
    enabled: searching,
  });
  const items = searching ? (results.data?.items ?? []) : [];

  // Enter picks the best match without arrowing down first. After paint: the options must be in the DOM.
  const itemCodes = items.map((u) => u.code).join(',');
  useEffect(() => {
    if (!itemCodes) return;
    const frame = requestAnimationFrame(() => combobox.selectFirstOption());
    return () => cancelAnimationFrame(frame);
    // combobox is a new object on every render; the options are what matters.
  }, [itemCodes, debounced]);

  const pick = (code: string) => {
    const unit = items.find((u) => u.code === code);
    if (!unit) return;
    onChange(unit);
    setSearch(unitLabel(unit));
    combobox.closeDropdown();
  };

  let status = '';
  if (searching && results.isFetching) status = t('unitPicker.searching');
  else if (searching && results.isError) status = errorMessage(results.error, t);
  else if (searching && results.data) status = t('unitPicker.count', { count: items.length });

  const rightSection = results.isFetching ? (
    <Loader size="xs" aria-hidden />
  ) : value && !disabled && !readOnly ? (
    <CloseButton
      size="sm"
      aria-label={t('unitPicker.clear')}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        onChange(null);
        setSearch('');
        combobox.openDropdown();
      }}
    />
  ) : null;

  return (
    <>
      <Combobox store={combobox} onOptionSubmit={pick} withinPortal={false}>
        <Combobox.Target withExpandedAttribute>
          <TextInput
            label={label}
            description={readOnly ? undefined : (description ?? t('unitPicker.hint'))}
            placeholder={t('unitPicker.placeholder')}
            error={error}
            required={required}
            disabled={disabled}
            readOnly={readOnly}
            value={search}
            rightSection={rightSection}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              if (value) onChange(null);
              combobox.openDropdown();
              combobox.updateSelectedOptionIndex();
            }}
            onKeyDown={(event) => {
              // Enter with nothing highlighted (the list was just reopened) takes the best match.
              if (event.key !== 'Enter' || !combobox.dropdownOpened || !items[0]) return;
              if (combobox.getSelectedOptionIndex() !== -1) return;
              event.preventDefault();
              pick(items[0].code);
            }}
            onClick={() => !readOnly && combobox.openDropdown()}
            onFocus={() => !readOnly && combobox.openDropdown()}
            onBlur={() => {
              combobox.closeDropdown();
              // Leaving the field without picking puts back the chosen unit's name (or nothing).
              setSearch(selectedLabel ?? '');
            }}
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={!searching}>
          <Combobox.Options mah={320} style={{ overflowY: 'auto' }} aria-label={label}>
            {items.map((unit) => (
              <Combobox.Option value={unit.code} key={`${unit.era}-${unit.code}`} className="unit-option">
                <Group gap={6} wrap="nowrap" justify="space-between">
                  <div>
                    <Text size="sm" fw={600}>
                      {unit.name}
                    </Text>
                    {unit.level !== 'province' && unit.provinceName && (
                      <Text size="xs" className="unit-option-sub">
                        {unit.provinceName}
                      </Text>
                    )}
                  </div>
                  <Text size="xs" className="unit-option-sub" ff="monospace">
                    {unit.code}
                  </Text>
                </Group>
              </Combobox.Option>
            ))}
            {results.data && items.length === 0 && !results.isFetching && (
              <Combobox.Empty>{t('unitPicker.none')}</Combobox.Empty>
            )}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      <VisuallyHidden id={statusId} role="status" aria-live="polite">
        {status}
      </VisuallyHidden>
    </>
  );
}
