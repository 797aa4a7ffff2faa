import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  HotlineContact,
  HotlineContactInput,
  HotlineContactList,
  HotlineTransfer,
  HotlineTransferFilter,
  HotlineTransferInput,
  HotlineTransferList,
} from '../../../shared/domain/Hotline';
import { api } from '../../api/client';

/** The hotline 111 console's calls to the API (src/server/modules/hotline/hotline.routes.ts). */

export type HarmTypeOption = { code: string; nameVi: string; nameEn: string };

export const harmTypesQuery = queryOptions({
  queryKey: ['reference', 'harm-types'],
  queryFn: ({ signal }) => api.get<HarmTypeOption[]>('/api/reference/harm-types', undefined, signal),
  staleTime: 60 * 60_000,
});

export const logContact = (input: HotlineContactInput) =>
  api.post<HotlineContact>('/api/hotline/contacts', input);

export const transferContact = (contactId: string, input: HotlineTransferInput) =>
  api.post<HotlineTransfer>(`/api/hotline/contacts/${encodeURIComponent(contactId)}/transfer`, input);

export const getContact = (contactId: string) =>
  api.get<HotlineContact>(`/api/hotline/contacts/${encodeURIComponent(contactId)}`);

/** The user's latest calls not transferred yet (call metadata only). */
export const untransferredContactsQuery = queryOptions({
  queryKey: ['hotline', 'contacts', 'untransferred'],
  queryFn: ({ signal }) =>
    api.get<HotlineContactList>(
      '/api/hotline/contacts',
      { transferred: 'no', mine: true, limit: 20 },
      signal,
    ),
});

export type TransferListParams = {
  filter: HotlineTransferFilter;
  mine: boolean;
  offset: number;
  limit: number;
};

export const hotlineTransfersQuery = (p: TransferListParams) =>
  queryOptions({
    queryKey: ['hotline', 'transfers', p],
    queryFn: ({ signal }) =>
      api.get<HotlineTransferList>(
        '/api/hotline/transfers',
        { filter: p.filter, mine: p.mine, offset: p.offset, limit: p.limit },
        signal,
      ),
    placeholderData: keepPreviousData,
    // The counsellor follows the communes' progress: refresh while the page is open.
    refetchInterval: 60_000,
  });
