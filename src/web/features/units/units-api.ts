import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { UnitEra } from '../../../shared/domain/Common';
import type { Unit, UnitConversion, UnitLevel } from '../../../shared/domain/Unit';
import { api } from '../../api/client';

/** Reference data changes only with a new release: cache it for the whole visit. */
const REFERENCE_STALE = 60 * 60_000;

export type UnitSearchParams = {
  q: string;
  era: UnitEra;
  level?: UnitLevel;
  provinceCode?: string;
  limit?: number;
};

export const unitSearchQuery = (p: UnitSearchParams) =>
  queryOptions({
    queryKey: ['units', 'search', p],
    queryFn: ({ signal }) =>
      api.get<{ items: Unit[] }>(
        '/api/units/search',
        { q: p.q, era: p.era, level: p.level, provinceCode: p.provinceCode, limit: p.limit ?? 20 },
        signal,
      ),
    staleTime: REFERENCE_STALE,
    placeholderData: keepPreviousData,
  });

export const provincesQuery = (era: UnitEra = '2025') =>
  queryOptions({
    queryKey: ['units', 'provinces', era],
    queryFn: ({ signal }) => api.get<{ items: Unit[] }>('/api/units/provinces', { era }, signal),
    staleTime: REFERENCE_STALE,
  });

export const unitChildrenQuery = (era: UnitEra, code: string) =>
  queryOptions({
    queryKey: ['units', 'children', era, code],
    queryFn: ({ signal }) =>
      api.get<{ items: Unit[] }>(
        `/api/units/${encodeURIComponent(era)}/${encodeURIComponent(code)}/children`,
        undefined,
        signal,
      ),
    staleTime: REFERENCE_STALE,
  });

export const unitQuery = (era: UnitEra, code: string) =>
  queryOptions({
    queryKey: ['units', 'one', era, code],
    queryFn: ({ signal }) =>
      api.get<Unit>(`/api/units/${encodeURIComponent(era)}/${encodeURIComponent(code)}`, undefined, signal),
    staleTime: REFERENCE_STALE,
  });

export const unitConversionQuery = (code: string) =>
  queryOptions({
    queryKey: ['units', 'convert', code],
    queryFn: ({ signal }) =>
      api.get<UnitConversion>(`/api/units/convert/${encodeURIComponent(code)}`, undefined, signal),
    staleTime: REFERENCE_STALE,
    retry: false,
  });

/** "Phường Bắc Nha Trang, Tỉnh Khánh Hoà": the unit with its province, as pickers show it. */
export function unitLabel(unit: Pick<Unit, 'name' | 'provinceName' | 'level'>): string {
  if (unit.level === 'province' || !unit.provinceName) return unit.name;
  return `${unit.name}, ${unit.provinceName}`;
}
