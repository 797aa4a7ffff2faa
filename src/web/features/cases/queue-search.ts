import type { CaseQueue } from './cases-api';

/** The search part of /cases (tab, commune filter, page): kept in the URL so a link or a reload shows the same list. */
export type CaseQueueSearch = { queue?: CaseQueue; communeCode?: string; page?: number };

const QUEUES: readonly CaseQueue[] = ['new', 'due_soon', 'overdue', 'open', 'closed', 'all'];

/** validateSearch of the /cases route (router.tsx): unknown or malformed values are dropped. */
export function validateCaseQueueSearch(search: Record<string, unknown>): CaseQueueSearch {
  const out: CaseQueueSearch = {};
  const queue = QUEUES.find((q) => q === search.queue);
  if (queue) out.queue = queue;
  if (typeof search.communeCode === 'string' && /^\d{5}$/.test(search.communeCode))
    out.communeCode = search.communeCode;
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1 && page <= 5000) out.page = page;
  return out;
}
