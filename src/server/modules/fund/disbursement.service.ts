import crypto from 'node:crypto';
import type { Tx } from '../../db/transaction';
import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { Disbursement, DisbursementInput } from '../../../shared/domain/Fund';
import { fundOperation } from './fund-audit';
import { fieldError, fundConflict, insufficient, isUniqueViolation, ledgerConflict } from './fund-errors';
import { fundInReach, type FundCaller, type FundRow } from './fund-reach';
import type { FundDeps } from './funds.service';
import { automaticOrder, planAllocations } from './allocation-plan';
import { lockCandidates, lockListed, type Drawable } from './ledger.repo';
import {
  allocationsOf,
  disbursementView,
  findDisbursement,
  findDisbursementByTransaction,
} from './disbursements.repo';
import { mayShowChild } from './disbursement-views';
import { checkDisbursement } from './disbursement-checks';

/**
 * Records a disbursement and the allocations that pay for it, in one transaction (issue #5 item 6). The donations it
 * may draw on are locked first (in id order), so two disbursements racing for the same money are serialised: the
 * second sees what the first took and gets 409 'fund.insufficient' with what is left. The ledger trigger
 * (migrations/0016_fund.sql) re-checks every allocation. Idempotent on transactionId.
 */
export async function createDisbursement(
  deps: FundDeps,
  caller: FundCaller,
  fundId: string,
  input: DisbursementInput,
): Promise<Disbursement> {
  const fund = await fundInReach(deps.db, caller.scope, fundId);
  const done = await findDisbursementByTransaction(deps.db, input.transactionId);
  if (done) return answerRetry(deps, caller, fund, done.fund_id, done.id);
  const place = await checkDisbursement(deps, caller, fund, input);
  const id = crypto.randomUUID();
  try {
    const result = await deps.db.transaction().execute(async (tx) => {
      const ordered = await drawableInOrder(tx, caller, fund, input);
      // A retry that waited for the first attempt's locks finds its row now (read committed: a fresh snapshot).
      const raced = await findDisbursementByTransaction(tx, input.transactionId);
      if (raced) return { retried: raced };
      const plan = planAllocations(ordered, input.amount);
      if (!plan.ok) throw insufficient(plan.available);
      await tx
        .insertInto('fund_disbursements')
        .values({
          id,
          transaction_id: input.transactionId,
          fund_id: fund.id,
          campaign_id: input.campaignId,
          purpose: input.purpose,
          beneficiary_kind: input.beneficiaryKind,
          child_id: input.childId,
          project_name: input.beneficiaryKind === 'project' ? input.projectName : null,
          unit_code: place.unitCode,
          province_code: place.provinceCode,
          decision_number: input.decisionNumber,
          decision_date: input.decisionDate,
          disbursed_on: input.disbursedOn,
          kind: input.kind,
          amount: input.amount,
          goods_description: input.goodsDescription,
          notes: input.notes,
          recorded_by: caller.user.id,
        })
        .execute();
      await tx
        .insertInto('fund_allocations')
        .values(
          plan.allocations.map((a) => ({ disbursement_id: id, donation_id: a.donationId, amount: a.amount })),
        )
        .execute();
      await recordAudit(tx, caller.actor, {
        operation: fundOperation('fund.disbursement.create'),
        unitCode: place.unitCode,
        provinceCode: place.provinceCode,
        targetType: 'fund_disbursement',
        targetIds: [
          id,
          ...(input.childId ? [input.childId] : []),
          ...plan.allocations.map((a) => a.donationId),
        ],
        counts: { amount: input.amount, allocations: plan.allocations.length },
      });
      return { retried: undefined };
    });
    if (result.retried) return answerRetry(deps, caller, fund, result.retried.fund_id, result.retried.id);
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (isUniqueViolation(err)) {
      const raced = await findDisbursementByTransaction(deps.db, input.transactionId);
      if (raced) return answerRetry(deps, caller, fund, raced.fund_id, raced.id);
    }
    const conflict = await ledgerConflict(err, async () =>
      insufficient(await deps.db.transaction().execute(async (tx) => availableFor(tx, caller, fund, input))),
    );
    throw conflict ?? err;
  }
  return disbursementOf(deps, caller, id);
}

/** What is left for this disbursement, without taking it (for the 409 after a race the trigger caught). */
async function availableFor(
  tx: Tx,
  caller: FundCaller,
  fund: FundRow,
  input: DisbursementInput,
): Promise<number> {
  const ordered = await drawableInOrder(tx, caller, fund, input);
  return ordered.reduce((s, d) => s + (d.amount - d.allocated), 0);
}

/**
 * The donations to draw on, locked, in the order to draw: the listed ones as given (each must be usable: 400 for a
 * donation not of this fund, 409 for one restricted to another purpose, of another kind or campaign, or received
 * after the disbursement), or the automatic choice.
 */
async function drawableInOrder(
  tx: Tx,
  caller: FundCaller,
  fund: FundRow,
  input: DisbursementInput,
): Promise<Drawable[]> {
  if (!input.donationIds) {
    const candidates = await lockCandidates(tx, {
      fundId: fund.id,
      campaignId: input.campaignId,
      kind: input.kind,
      purpose: input.purpose,
      disbursedOn: input.disbursedOn,
    });
    return automaticOrder(candidates, input.purpose);
  }
  const listed = input.donationIds;
  const ids = [...new Set(listed)];
  const locked = new Map((await lockListed(tx, fund.id, ids)).map((d) => [d.id, d]));
  return ids.map((donationId) => {
    const d = locked.get(donationId);
    if (!d)
      throw fieldError(`donationIds.${listed.indexOf(donationId)}`, 'fund.donationUnknown', caller.locale);
    if (d.purpose !== 'general' && d.purpose !== input.purpose)
      throw fundConflict('fund.donationRestricted', { donationId });
    if (d.kind !== input.kind || (input.campaignId !== null && d.campaign_id !== input.campaignId))
      throw fundConflict('fund.donationMismatch', { donationId });
    if (d.received_on > input.disbursedOn) throw fundConflict('fund.donationLater', { donationId });
    return d;
  });
}

async function answerRetry(
  deps: FundDeps,
  caller: FundCaller,
  fund: FundRow,
  fundId: string,
  id: string,
): Promise<Disbursement> {
  if (fundId !== fund.id) throw fundConflict('fund.transactionReused');
  return disbursementOf(deps, caller, id);
}

/** The disbursement as its author sees it: written just now (its audit covers it), so no read audit. */
async function disbursementOf(deps: FundDeps, caller: FundCaller, id: string): Promise<Disbursement> {
  const row = await findDisbursement(deps.db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return disbursementView(row, await allocationsOf(deps.db, [id]), mayShowChild(caller, row));
}
