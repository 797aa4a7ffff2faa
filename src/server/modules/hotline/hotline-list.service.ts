import type {
  HotlineContactList,
  HotlineContactListQuery,
  HotlineTransferList,
  HotlineTransferListQuery,
} from '../../../shared/domain/Hotline';
import { listContacts } from './hotline.repo';
import { contactSummaryOf } from './hotline-view';
import { ackHours, type HotlineCaller, type HotlineDeps } from './hotline-contact.service';

/**
 * The console's lists: contacts and transfers with the progress of their cases (issue #4 item 3 "the counsellor
 * follows progress"). Call metadata and the case's progress only: no free text, nothing of the case's contents,
 * so the lists are not audited (opening one contact is).
 */
export async function listHotlineContacts(
  deps: HotlineDeps,
  caller: HotlineCaller,
  q: HotlineContactListQuery,
): Promise<HotlineContactList> {
  const { rows, total } = await listContacts(deps.db, {
    counsellorId: q.mine ? caller.user.id : null,
    transferred: q.transferred,
    limit: q.limit,
    offset: q.offset,
  });
  return { items: rows.map((r) => contactSummaryOf(r, ackHours(deps))), total };
}

export async function listHotlineTransfers(
  deps: HotlineDeps,
  caller: HotlineCaller,
  q: HotlineTransferListQuery,
): Promise<HotlineTransferList> {
  const { rows, total } = await listContacts(deps.db, {
    counsellorId: q.mine ? caller.user.id : null,
    transferred: 'yes',
    transfers: q.filter,
    limit: q.limit,
    offset: q.offset,
  });
  const items = rows.flatMap((r) => {
    const s = contactSummaryOf(r, ackHours(deps));
    return s.transfer ? [{ ...s, transfer: s.transfer }] : [];
  });
  return { items, total };
}
