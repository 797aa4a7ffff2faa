import type { CaseDetail } from '../../../shared/domain/Case';
import type { CaseActionType, FormCode } from '../../../shared/workflow/case-workflow';
import type { OfficialDocument } from '../../pdf/official-document';
import { actionsOfType, reportsOf, vnDate, type FormContext } from './form-context';
import { formM01 } from './form-m01';
import { formM02 } from './form-m02';
import { formM03 } from './form-m03';
import { formM04 } from './form-m04';
import { formM05 } from './form-m05';
import { formM06 } from './form-m06';
import { formM07 } from './form-m07';

/** The step whose record each form prints (src/shared/workflow/case-workflow.ts ACTION_RULES[..].form). */
export const FORM_SOURCE = {
  M02: 'ASSESS_INITIAL',
  M03: 'ASSESS_NEEDS',
  M04: 'DRAFT_PLAN',
  M05: 'APPROVE_PLAN',
  M06: 'REVIEW',
  M07: 'EMERGENCY_PROTECT',
} as const satisfies Record<Exclude<FormCode, 'M01'>, CaseActionType>;

const RENDER = {
  M02: formM02,
  M03: formM03,
  M04: formM04,
  M05: formM05,
  M06: formM06,
  M07: formM07,
} as const;

/** One printable form of a case: the n-th (from 1) occurrence of its code. */
export type FormOccurrence = {
  form: FormCode;
  index: number;
  /** Calendar date (Vietnam) of the record it prints. */
  date: string;
  /** Order in the case: the action's seq (reports come first). */
  order: number;
  build(ctx: FormContext): OfficialDocument;
};

/** Every occurrence of one form in a case, oldest first: Mẫu 01 once per report, the others once per step taken. */
export function formOccurrences(detail: CaseDetail, form: FormCode): FormOccurrence[] {
  if (form === 'M01')
    return reportsOf(detail).map((r, i) => ({
      form,
      index: i + 1,
      date: vnDate(r.receivedAt),
      order: -1,
      build: (ctx) => formM01(ctx, r),
    }));
  const render = RENDER[form];
  return actionsOfType(detail, FORM_SOURCE[form]).map((a, i) => ({
    form,
    index: i + 1,
    date: vnDate(a.at),
    order: a.seq,
    build: (ctx) => render(ctx, a),
  }));
}

/**
 * The forms of the case file in order: every report's Mẫu 01, then the others as the procedure produced them
 * (02, 07, 03, 04, 05, 06, and again 03–06 for each new plan).
 */
export function allFormOccurrences(detail: CaseDetail): FormOccurrence[] {
  const reports = formOccurrences(detail, 'M01');
  const steps = (Object.keys(FORM_SOURCE) as (keyof typeof FORM_SOURCE)[])
    .flatMap((f) => formOccurrences(detail, f))
    .sort((a, b) => a.order - b.order);
  return [...reports, ...steps];
}

/**
 * The occurrence to print: `index` counts from 1; without it, the latest (Mẫu 01: the first report). undefined when
 * the case has no such form yet.
 */
export function pickOccurrence(
  detail: CaseDetail,
  form: FormCode,
  index?: number,
): FormOccurrence | undefined {
  const all = formOccurrences(detail, form);
  if (index !== undefined) return all[index - 1];
  return form === 'M01' ? all[0] : all.at(-1);
}
