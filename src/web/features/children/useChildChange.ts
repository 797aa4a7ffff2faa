import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Child, ViewPurpose } from '../../../shared/domain/Child';
import { api } from '../../api/client';
import { acceptChild } from './children-api';

export type ChildChange = { path: string; body: { transactionId: string } & Record<string, unknown> };

/**
 * A change to a part of a child (circumstance, risk flag, support): POSTs the body to the child's sub-resource
 * (`path`, e.g. "circumstances" or "risk-flags/<id>/end"); the answer is the new profile, shown at once. The body
 * carries its own transactionId, so a retried request applies once.
 */
export function useChildChange(childId: string, purpose: ViewPurpose) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: ChildChange) =>
      api.post<Child>(`/api/children/${encodeURIComponent(childId)}/${path}`, body),
    onSuccess: (child) => acceptChild(queryClient, child, purpose),
  });
}
