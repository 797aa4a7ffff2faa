import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { Child, ChildUpdateInput } from '../../../shared/domain/Child';
import { normaliseBirthDate, vietnamToday } from '../../../shared/reference/child-age';
import {
  findChildInScope,
  listCaregivers,
  lockChildInScope,
  personalIdTaken,
  replaceCaregivers,
  updateChildColumns,
} from './children.repo';
import { buildProfile, cipherOf, todayOf, type ChildrenCaller, type ChildrenDeps } from './children.service';
import {
  assertEthnicity,
  assertMayWriteSensitive,
  assertPlaceInScope,
  fieldError,
  isUniqueViolation,
  resolveCommune,
  type Place,
} from './children.rules';
import { caregiverValues, columnsOf, diffChild, mergeSensitive, type PlainValues } from './child-fields';
import { findHistoryByTransaction } from './history.repo';
import { writeChildHistory } from './history.service';

export const staleVersion = (currentVersion: number) =>
  new AppError('CONFLICT', { messageId: 'child.staleVersion', details: { currentVersion } });

/**
 * Changes a child inside the caller's jurisdiction (404 outside it). Optimistic concurrency: `version` must be the
 * stored one (409 otherwise, with the current version). The sensitive fields need children.read_sensitive (a
 * village collaborator gets 403). Moving the child to another commune must stay inside the jurisdiction; the
 * history keeps the old commune. Idempotent on transactionId.
 */
export async function updateChild(
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  id: string,
  input: ChildUpdateInput,
): Promise<Child> {
  const cipher = cipherOf(deps);
  const now = deps.now();
  try {
    await deps.db.transaction().execute(async (tx) => {
      const locked = await lockChildInScope(tx, caller.scope, id);
      if (!locked) throw new AppError('NOT_FOUND');
      const current = await findChildInScope(tx, caller.scope, id);
      if (!current) throw new AppError('NOT_FOUND');
      const place: Place = { communeCode: current.commune_code, provinceCode: current.province_code };
      const touchesSensitive =
        input.sensitive !== undefined && Object.values(input.sensitive).some((v) => v !== undefined);
      if (touchesSensitive) assertMayWriteSensitive(caller.user, place);

      const done = await findHistoryByTransaction(tx, input.transactionId);
      if (done) {
        if (done.child_id !== id) throw new AppError('CONFLICT');
        return;
      }
      if (current.status !== 'active') throw new AppError('CONFLICT', { messageId: 'child.merged' });
      if (current.version !== input.version) throw staleVersion(current.version);

      let newPlace = place;
      if (input.communeCode !== undefined && input.communeCode !== current.commune_code) {
        newPlace = await resolveCommune(tx, input.communeCode, caller.locale);
        assertPlaceInScope(caller.scope, newPlace);
      }
      await assertEthnicity(tx, input.ethnicityCode, caller.locale);
      if (input.personalId && (await personalIdTaken(tx, input.personalId, id)))
        throw new AppError('CONFLICT', { messageId: 'child.personalIdTaken', details: { candidates: [] } });

      // Birth: a new precision alone re-normalises the stored date (e.g. 'year' → 1 January).
      const precision = input.birthPrecision ?? current.birth_precision;
      const birthTouched = input.birthDate !== undefined || input.birthPrecision !== undefined;
      const birthDate = birthTouched
        ? normaliseBirthDate(input.birthDate ?? current.birth_date, precision)
        : undefined;
      if (birthDate !== undefined && birthDate > vietnamToday(now))
        throw fieldError('birthDate', 'child.birthDateFuture', caller.locale);

      const next: PlainValues = {
        personalId: input.personalId,
        fullName: input.fullName,
        birthDate,
        birthPrecision: birthTouched ? precision : undefined,
        sex: input.sex,
        ethnicityCode: input.ethnicityCode,
        communeCode: input.communeCode,
        village: input.village,
        addressLine: input.addressLine,
        householdPoverty: input.householdPoverty,
        schooling: input.schooling,
        schoolName: input.schoolName,
        disabilityType: input.disabilityType,
        disabilityLevel: input.disabilityLevel,
        healthInsurance: input.healthInsurance,
        birthRegistered: input.birthRegistered,
      };
      const before: PlainValues = {
        personalId: current.personal_id,
        fullName: current.full_name,
        birthDate: current.birth_date,
        birthPrecision: current.birth_precision,
        sex: current.sex,
        ethnicityCode: current.ethnicity_code,
        communeCode: current.commune_code,
        village: current.village,
        addressLine: current.address_line,
        householdPoverty: current.household_poverty,
        schooling: current.schooling,
        schoolName: current.school_name,
        disabilityType: current.disability_type,
        disabilityLevel: current.disability_level,
        healthInsurance: current.health_insurance,
        birthRegistered: current.birth_registered,
      };
      const sensitiveBefore = touchesSensitive
        ? cipher.decryptSensitive(id, current.sensitive_enc)
        : { hivStatus: null, drugUse: null, conflictWithLaw: null, healthNotes: null };
      const sensitiveAfter = touchesSensitive
        ? mergeSensitive(sensitiveBefore, input.sensitive)
        : sensitiveBefore;
      const caregiversBefore =
        input.caregivers !== undefined ? caregiverValues(await listCaregivers(tx, [id])) : null;
      const caregiversAfter = input.caregivers !== undefined ? caregiverValues(input.caregivers) : null;
      const changes = diffChild(
        { plain: before, sensitive: sensitiveBefore, caregivers: caregiversBefore },
        { plain: next, sensitive: sensitiveAfter, caregivers: caregiversAfter },
      );
      if (Object.keys(changes).length === 0) return;

      const plainChanged: PlainValues = {};
      for (const k of Object.keys(changes))
        if (k in next) (plainChanged as Record<string, unknown>)[k] = next[k as keyof PlainValues];
      const version = await updateChildColumns(
        tx,
        id,
        input.version,
        {
          ...columnsOf(plainChanged),
          ...(newPlace !== place ? { province_code: newPlace.provinceCode } : {}),
          ...(touchesSensitive ? { sensitive_enc: cipher.encryptSensitive(id, sensitiveAfter) } : {}),
        },
        now,
      );
      if (version === undefined) throw staleVersion(current.version);
      if (input.caregivers !== undefined && changes.caregivers)
        await replaceCaregivers(tx, id, input.caregivers);
      await writeChildHistory(tx, deps, caller, {
        childId: id,
        operation: 'update',
        changes,
        transactionId: input.transactionId,
      });
      await recordAudit(tx, caller.actor, {
        operation: 'child.update',
        targetType: 'child',
        targetIds: [id],
        unitCode: newPlace.communeCode,
        provinceCode: newPlace.provinceCode,
        counts: {
          fields: Object.keys(changes).length,
          moved: newPlace !== place ? 1 : 0,
          sensitive: touchesSensitive ? 1 : 0,
        },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err, 'children_personal_id_idx'))
      throw new AppError('CONFLICT', { messageId: 'child.personalIdTaken', details: { candidates: [] } });
    if (!isUniqueViolation(err)) throw err;
    // The same transactionId raced in: the first request applied it.
  }
  // After a move the child may have left a narrower scope; the new place is inside the caller's scope anyway.
  const row = await findChildInScope(deps.db, caller.scope, id);
  if (!row) throw new AppError('NOT_FOUND');
  return buildProfile(deps.db, deps, caller.user, row, todayOf(deps));
}
