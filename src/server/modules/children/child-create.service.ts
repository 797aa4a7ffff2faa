import crypto from 'node:crypto';
import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { Child, ChildInput, DuplicateCandidate } from '../../../shared/domain/Child';
import {
  findChildIdByTransaction,
  findChildInScope,
  insertChild,
  personalIdTaken,
  replaceCaregivers,
} from './children.repo';
import { buildProfile, cipherOf, todayOf, type ChildrenCaller, type ChildrenDeps } from './children.service';
import {
  assertEthnicity,
  assertMayWriteSensitive,
  assertPlaceInScope,
  isUniqueViolation,
  resolveCommune,
} from './children.rules';
import { caregiverValues, columnsOf, diffChild, mergeSensitive } from './child-fields';
import { EMPTY_SENSITIVE } from './child-crypto';
import { findDuplicateCandidates, recordNotDuplicate } from './duplicate-candidates';
import { writeChildHistory } from './history.service';

const duplicates = (candidates: DuplicateCandidate[]) =>
  new AppError('CONFLICT', { messageId: 'child.duplicateCandidates', details: { candidates } });
const personalIdConflict = (candidates: DuplicateCandidate[]) =>
  new AppError('CONFLICT', { messageId: 'child.personalIdTaken', details: { candidates } });

/**
 * Registers a child (issue #3 item 1). The commune must be inside the caller's jurisdiction. Duplicate detection
 * runs first: candidates inside the jurisdiction answer 409 with `candidates`, unless the body confirms
 * `confirmNotDuplicate`, in which case the pairs are remembered as "not a duplicate". A personal id already used
 * (anywhere in the register: it identifies one person) is always refused; its holder is shown only when inside the
 * jurisdiction. Idempotent on transactionId: a retry answers with the child the first request created.
 */
export async function createChild(
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  input: ChildInput,
): Promise<{ child: Child; created: boolean }> {
  const existing = await findExisting(deps, caller, input.transactionId);
  if (existing) return { child: existing, created: false };

  const place = await resolveCommune(deps.db, input.communeCode, caller.locale);
  assertPlaceInScope(caller.scope, place);
  await assertEthnicity(deps.db, input.ethnicityCode, caller.locale);
  const sensitive = mergeSensitive(EMPTY_SENSITIVE, input.sensitive);
  if (input.sensitive && Object.values(input.sensitive).some((v) => v !== undefined && v !== null))
    assertMayWriteSensitive(caller.user, place);

  const candidates = await findDuplicateCandidates(
    deps.db,
    {
      personalId: input.personalId,
      fullName: input.fullName,
      birthDate: input.birthDate,
      birthPrecision: input.birthPrecision,
      communeCode: input.communeCode,
      phones: input.caregivers.map((c) => c.phone),
    },
    { scope: caller.scope, limit: 10 },
  );
  if (input.personalId && (await personalIdTaken(deps.db, input.personalId)))
    throw personalIdConflict(candidates.filter((c) => c.reasons.includes('personal_id')));
  if (candidates.length > 0 && !input.confirmNotDuplicate) throw duplicates(candidates);

  const id = crypto.randomUUID();
  const now = deps.now();
  const plain = {
    personalId: input.personalId ?? null,
    fullName: input.fullName,
    birthDate: input.birthDate,
    birthPrecision: input.birthPrecision,
    sex: input.sex,
    ethnicityCode: input.ethnicityCode ?? null,
    communeCode: place.communeCode,
    village: input.village,
    addressLine: input.addressLine,
    householdPoverty: input.householdPoverty,
    schooling: input.schooling,
    schoolName: input.schoolName,
    disabilityType: input.disabilityType,
    disabilityLevel: input.disabilityLevel ?? null,
    healthInsurance: input.healthInsurance ?? null,
    birthRegistered: input.birthRegistered ?? null,
  };
  const caregivers = caregiverValues(input.caregivers);
  const changes = diffChild(
    { plain: {}, sensitive: EMPTY_SENSITIVE, caregivers: [] },
    { plain, sensitive, caregivers },
  );
  try {
    await deps.db.transaction().execute(async (tx) => {
      await insertChild(tx, {
        id,
        ...columnsOf(plain),
        full_name: input.fullName,
        birth_date: input.birthDate,
        sex: input.sex,
        commune_code: place.communeCode,
        province_code: place.provinceCode,
        sensitive_enc: cipherOf(deps).encryptSensitive(id, sensitive),
        transaction_id: input.transactionId,
        created_by: caller.actor.userId,
        created_at: now,
        updated_at: now,
      });
      await replaceCaregivers(tx, id, input.caregivers);
      if (candidates.length > 0)
        await recordNotDuplicate(
          tx,
          id,
          candidates.map((c) => c.id),
          caller.actor.userId,
        );
      await writeChildHistory(tx, deps, caller, {
        childId: id,
        operation: 'create',
        changes,
        transactionId: null,
      });
      await recordAudit(tx, caller.actor, {
        operation: 'child.create',
        targetType: 'child',
        targetIds: [id, ...candidates.map((c) => c.id)],
        unitCode: place.communeCode,
        provinceCode: place.provinceCode,
        counts: {
          caregivers: input.caregivers.length,
          confirmedNotDuplicate: candidates.length,
        },
      });
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // A retry that raced the first request, or the same personal id registered meanwhile.
    const raced = await findExisting(deps, caller, input.transactionId);
    if (raced) return { child: raced, created: false };
    throw personalIdConflict([]);
  }
  const row = await findChildInScope(deps.db, { kind: 'national' }, id);
  if (!row) throw new AppError('INTERNAL', { message: 'created child not found' });
  return { child: await buildProfile(deps.db, deps, caller.user, row, todayOf(deps)), created: true };
}

/** The child a transactionId already created; 409 when that child is not the caller's to see. */
async function findExisting(
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  transactionId: string,
): Promise<Child | undefined> {
  const hit = await findChildIdByTransaction(deps.db, transactionId);
  if (!hit) return undefined;
  const row = await findChildInScope(deps.db, caller.scope, hit.id);
  if (!row) throw new AppError('CONFLICT');
  return buildProfile(deps.db, deps, caller.user, row, todayOf(deps));
}
