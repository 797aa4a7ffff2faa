import type { CaseActionRecord } from '../../../shared/domain/CaseAction';
import type { BodyBlock } from '../../pdf/official-document';
import { COMMON_TEXTS } from './form-texts';
import { measureLabel } from './form-labels';
import { dataOf, str, textOf, vnDay, type FormContext } from './form-context';

/** One task of a drafted plan, as printed (Mẫu 04 and the plan inside the approval decision, Mẫu 05). */
export type PlanTaskLine = {
  taskId: string;
  measure: string;
  agency: string;
  dueDate: string;
  description: string;
};

/** The tasks of a DRAFT_PLAN action: the structure from its data, the descriptions from its text. */
export function planTasks(ctx: FormContext, draft: CaseActionRecord): PlanTaskLine[] {
  const tasks = dataOf(draft, 'tasks');
  const texts = draft.text?.tasks;
  const descriptions = new Map<string, string>(
    Array.isArray(texts)
      ? texts.flatMap((t: unknown) => {
          const o = t as { taskId?: unknown; description?: unknown };
          return typeof o.taskId === 'string' && typeof o.description === 'string'
            ? [[o.taskId, o.description] as const]
            : [];
        })
      : [],
  );
  if (!Array.isArray(tasks)) return [];
  return tasks.map((raw: unknown) => {
    const t = raw as Record<string, unknown>;
    const taskId = str(t.taskId);
    const agencyId = str(t.agencyId);
    return {
      taskId,
      measure: measureLabel(str(t.measure)),
      agency: agencyId
        ? (ctx.agencyNames.get(agencyId) ?? COMMON_TEXTS.blank)
        : 'Người làm công tác bảo vệ trẻ em cấp xã',
      dueDate: str(t.dueDate) ? vnDay(str(t.dueDate)) : COMMON_TEXTS.blank,
      description: descriptions.get(taskId) ?? COMMON_TEXTS.blank,
    };
  });
}

/** The table of a plan's tasks: measure, agency, due date, description. */
export function planTaskTable(
  lines: readonly PlanTaskLine[],
  extra?: (l: PlanTaskLine) => string,
): BodyBlock {
  const header = ['TT', 'Biện pháp', 'Cơ quan thực hiện', 'Thời hạn', 'Nội dung'];
  return {
    kind: 'table',
    header: extra ? [...header, 'Kết quả'] : header,
    widths: extra ? [22, 78, 72, 64, '*', 62] : [22, 95, 90, 64, '*'],
    rows: lines.map((l, i) => [
      String(i + 1),
      l.measure,
      l.agency,
      l.dueDate,
      l.description,
      ...(extra ? [extra(l)] : []),
    ]),
  };
}

export function planGoals(draft: CaseActionRecord): string | null {
  return textOf(draft, 'goals');
}

export function planReviewDate(draft: CaseActionRecord): string | null {
  const d = str(dataOf(draft, 'reviewDate'));
  return d ? vnDay(d) : null;
}
