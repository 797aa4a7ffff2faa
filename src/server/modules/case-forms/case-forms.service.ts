import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import { vietnamDate } from '../../pdf/vn-date';
import type { CaseDetail } from '../../../shared/domain/Case';
import type { FormCode } from '../../../shared/workflow/case-workflow';
import type { CaseCaller } from '../cases/case-action.service';
import type { CaseDeps } from '../cases/case-append';
import { getCaseDetail } from '../cases/case-view.service';
import { findUnitIn } from '../units/units.service';
import { renderCaseFile, renderForm } from './case-file';
import { agencyNames, harmTypeNames } from './case-forms.repo';
import { allFormOccurrences, pickOccurrence } from './form-catalogue';
import type { CommuneNames, FormContext } from './form-context';

export type FormPdf = { pdf: Buffer; fileName: string };

/** A file name that any browser and mail client keeps as is: ASCII letters, digits and dashes. */
function safeFileName(caseNumber: string, suffix: string): string {
  return `${caseNumber.replace(/[^A-Za-z0-9-]/g, '')}-${suffix}.pdf`;
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? [v] : []);

/** The names the forms print for the codes the case holds: units, harm types, agencies. */
async function formContext(deps: CaseDeps, detail: CaseDetail): Promise<FormContext> {
  const commune = await findUnitIn(deps.db, '2025', detail.communeCode);
  const province = await findUnitIn(deps.db, '2025', detail.provinceCode);
  const otherCommunes = new Set([
    ...detail.reports.flatMap((r) => str(r.eventCommuneCode)),
    ...detail.transferredFrom,
    ...detail.actions.flatMap((a) => (a.type === 'TRANSFER' ? str(a.data.toCommuneCode) : [])),
  ]);
  const communes = new Map<string, CommuneNames>();
  for (const code of otherCommunes) {
    const unit = await findUnitIn(deps.db, '2025', code);
    if (unit) communes.set(code, { name: unit.name, shortName: unit.shortName });
  }
  const agencyIds = new Set([
    ...detail.actions.flatMap((a) => [
      ...str(a.actorAgencyId),
      ...str(a.data.agencyId),
      ...(Array.isArray(a.data.tasks)
        ? a.data.tasks.flatMap((t) => str((t as { agencyId?: unknown }).agencyId))
        : []),
    ]),
    ...detail.reports.flatMap((r) => str(r.receivingAgency?.id)),
  ]);
  const harmCodes = new Set([...detail.harmTypes, ...detail.reports.flatMap((r) => r.harmTypes)]);
  return {
    detail,
    commune: {
      name: commune?.name ?? detail.communeName,
      shortName: commune?.shortName ?? detail.communeName,
    },
    provinceName: province?.name ?? null,
    harmTypeNames: await harmTypeNames(deps.db, [...harmCodes]),
    agencyNames: await agencyNames(deps.db, [...agencyIds]),
    communes,
  };
}

async function auditPrint(
  deps: CaseDeps,
  caller: CaseCaller,
  detail: CaseDetail,
  purpose: string,
  counts: Record<string, number>,
): Promise<void> {
  await recordAudit(deps.db, caller.actor, {
    operation: 'case.print',
    purpose,
    targetType: 'case',
    targetIds: [detail.id],
    unitCode: detail.communeCode,
    provinceCode: detail.provinceCode,
    counts,
  });
}

/**
 * One official form of a case as a PDF (issue #4 item 7): `index` is the n-th occurrence (from 1), by default the
 * latest (Mẫu 01: the first report). 404 outside the caller's jurisdiction (getCaseDetail) and when the case has
 * no such form yet. The read is audited by getCaseDetail (purpose 'print'); each download adds a 'case.print' row
 * naming the form.
 */
export async function getCaseFormPdf(
  deps: CaseDeps,
  caller: CaseCaller,
  caseId: string,
  form: FormCode,
  index?: number,
): Promise<FormPdf> {
  const detail = await getCaseDetail(deps, caller, caseId, 'print');
  const occurrence = pickOccurrence(detail, form, index);
  if (!occurrence) throw new AppError('NOT_FOUND', { messageId: 'case.formNotYet', details: { form } });
  const pdf = await renderForm(await formContext(deps, detail), occurrence);
  await auditPrint(deps, caller, detail, form, { index: occurrence.index });
  const suffix = `mau-${form.slice(1)}${index !== undefined ? `-${occurrence.index}` : ''}`;
  return { pdf, fileName: safeFileName(detail.caseNumber, suffix) };
}

/** The whole case file as one PDF: cover, every form in order, the timeline. Audited like a form. */
export async function getCaseFilePdf(deps: CaseDeps, caller: CaseCaller, caseId: string): Promise<FormPdf> {
  const detail = await getCaseDetail(deps, caller, caseId, 'print');
  const pdf = await renderCaseFile(await formContext(deps, detail), vietnamDate(deps.now()));
  await auditPrint(deps, caller, detail, 'case_file', {
    forms: allFormOccurrences(detail).length,
    actions: detail.actions.length,
  });
  return { pdf, fileName: safeFileName(detail.caseNumber, 'ho-so') };
}
