import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useI18n } from '../../i18n/context';
import { harmTypesQuery } from './cases-api';

/** Names of harm-type codes in the user's language (the taxonomy is editable data from the API). */
export function useHarmTypeNames(): (codes: readonly string[]) => string {
  const { locale } = useI18n();
  const { data } = useQuery(harmTypesQuery);
  return useCallback(
    (codes) =>
      codes
        .map((code) => {
          const h = data?.find((x) => x.code === code);
          return h ? (locale === 'vi' ? h.nameVi : h.nameEn) : code;
        })
        .join('; '),
    [data, locale],
  );
}
