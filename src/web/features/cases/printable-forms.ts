import type { CaseDetail } from '../../../shared/domain/Case';
import { ACTION_RULES, type FormCode } from '../../../shared/workflow/case-workflow';

export type Printable = { form: FormCode; index: number; at: string };

function formOf(type: string): FormCode | undefined {
  return (ACTION_RULES as Partial<Record<string, { form?: FormCode }>>)[type]?.form;
}

/**
 * The forms the case has, in the order of the case file: Mẫu 01 once per report, then each step's form in the
 * order it was taken (a re-planned case has several 03–06). `index` counts occurrences of a form from 1, as the
 * forms API does.
 */
export function printableForms(detail: CaseDetail): Printable[] {
  const reports = detail.reports.map((r, i): Printable => ({ form: 'M01', index: i + 1, at: r.receivedAt }));
  const seen = new Map<FormCode, number>();
  const steps: Printable[] = [];
  for (const a of [...detail.actions].sort((x, y) => x.seq - y.seq)) {
    const form = formOf(a.type);
    if (!form || form === 'M01') continue;
    const index = (seen.get(form) ?? 0) + 1;
    seen.set(form, index);
    steps.push({ form, index, at: a.at });
  }
  return [...reports, ...steps];
}
