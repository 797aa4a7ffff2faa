import { useRef, useState } from 'react';
import type { CaseDetail } from '../../../../shared/domain/Case';
import type { UserActionType } from '../../../../shared/domain/CaseAction';
import { apiMessages } from '../../../../shared/i18n/messages';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../../api/form-errors';
import type { Locale } from '../../../../shared/i18n/locale';
import { useI18n } from '../../../i18n/context';
import { stepSchema, useCaseAction, type StepValues } from '../cases-api';

function valueAt(values: unknown, path: string): unknown {
  let v: unknown = values;
  for (const key of path.split('.'))
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** A choice left empty is "required", not "not a valid option" (Zod reports an enum given nothing as invalid). */
function requiredWhenEmpty(errors: FieldErrors, values: unknown, locale: Locale): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(errors))
    out[path] = valueAt(values, path) === undefined ? apiMessages['field.required'][locale] : message;
  return out;
}

/**
 * Submits one step of the procedure: validates with the API's own schema (same messages, same field paths as a
 * 400), then posts it with one transactionId for this form (a retry of the same intent applies once) and the
 * case's seq as shown (a case changed meanwhile answers 409 and is read again).
 */
export function useStepSubmit(detail: CaseDetail, type: UserActionType) {
  const { locale } = useI18n();
  const action = useCaseAction(detail.id);
  const transactionId = useRef(crypto.randomUUID());
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (values: StepValues, onDone?: () => void) => {
    const checked = validateWith(stepSchema(type), values, locale);
    if (!checked.ok) {
      setErrors(requiredWhenEmpty(checked.errors, values, locale));
      return;
    }
    setErrors({});
    action.mutate(
      { type, transactionId: transactionId.current, expectedSeq: detail.seq, ...checked.data },
      { onSuccess: () => onDone?.() },
    );
  };

  return {
    submit,
    pending: action.isPending,
    error: action.error,
    errors: { ...apiFieldErrors(action.error), ...errors },
    /** The step is no longer allowed (the case changed): the form says so instead of failing again. */
    gone: action.isError && !detail.allowedActions.includes(type),
  };
}

export type StepSubmit = ReturnType<typeof useStepSubmit>;
