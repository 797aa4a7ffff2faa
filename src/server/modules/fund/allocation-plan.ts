import type { DisbursementPurpose } from '../../../shared/domain/Fund';
import type { Drawable } from './ledger.repo';

/**
 * How a disbursement draws on donations (domain.md §9, "respect donors' intended purpose"): money given for this
 * very purpose is used first, oldest first, so restricted gifts are spent as the donors asked; general money
 * covers the rest. Pure: the service locks the rows and writes the plan.
 */
export function automaticOrder(candidates: readonly Drawable[], purpose: DisbursementPurpose): Drawable[] {
  const oldestFirst = (a: Drawable, b: Drawable) =>
    a.received_on.localeCompare(b.received_on) ||
    a.created_at.getTime() - b.created_at.getTime() ||
    a.id.localeCompare(b.id);
  return [
    ...candidates.filter((d) => d.purpose === purpose).sort(oldestFirst),
    ...candidates.filter((d) => d.purpose === 'general').sort(oldestFirst),
  ];
}

export type AllocationPlan =
  { ok: true; allocations: { donationId: string; amount: number }[] } | { ok: false; available: number };

/** Takes what each donation has left, in order, until the amount is covered; or says how much there is. */
export function planAllocations(ordered: readonly Drawable[], amount: number): AllocationPlan {
  const available = ordered.reduce((s, d) => s + (d.amount - d.allocated), 0);
  if (available < amount) return { ok: false, available };
  const allocations: { donationId: string; amount: number }[] = [];
  let remaining = amount;
  for (const d of ordered) {
    if (remaining === 0) break;
    const take = Math.min(d.amount - d.allocated, remaining);
    if (take <= 0) continue;
    allocations.push({ donationId: d.id, amount: take });
    remaining -= take;
  }
  return { ok: true, allocations };
}
