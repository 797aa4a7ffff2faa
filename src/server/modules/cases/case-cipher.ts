import type { Config } from '../../config';
import { decryptField, encryptField, resolveFieldKey } from '../../lib/field-cipher';

/**
 * Encryption of case contents (issue #4 item 9: case contents are sensitive data). AES-256-GCM with each value bound
 * to its row by the associated data, as in the child register (children/child-crypto.ts):
 *   reports.content_enc            "reports.content:<report id>"          JSON of ReportContent
 *   reports.reporter_enc           "reports.reporter:<report id>"         JSON of ReporterIdentity
 *   report_attachments.data_enc    "report_attachments:<attachment id>"   base64 of the re-encoded image
 *   case_actions.text_enc          "case_actions:<case id>:<action id>"   JSON of the action's text part
 *   case_tasks.description_enc     "case_tasks.description:<task id>"     the task description
 *   hotline_contacts.content_enc   "hotline_contacts:<contact id>"        JSON of the contact's text
 */
export type CaseCipher = ReturnType<typeof caseCipher>;

export function caseCipher(source: Config['encryptionKey']) {
  const k = resolveFieldKey(source);
  const encJson = (ctx: string, v: unknown) => encryptField(JSON.stringify(v), k, ctx);
  const decJson = <T>(ctx: string, v: string): T => JSON.parse(decryptField(v, k, ctx)) as T;
  return {
    encryptReportContent: (reportId: string, v: unknown) => encJson(`reports.content:${reportId}`, v),
    decryptReportContent: <T>(reportId: string, v: string) => decJson<T>(`reports.content:${reportId}`, v),
    encryptReporter: (reportId: string, v: unknown) => encJson(`reports.reporter:${reportId}`, v),
    decryptReporter: <T>(reportId: string, v: string) => decJson<T>(`reports.reporter:${reportId}`, v),
    encryptAttachment: (id: string, data: Buffer) =>
      encryptField(data.toString('base64'), k, `report_attachments:${id}`),
    decryptAttachment: (id: string, v: string) =>
      Buffer.from(decryptField(v, k, `report_attachments:${id}`), 'base64'),
    encryptActionText: (caseId: string, actionId: string, v: Record<string, unknown>) =>
      Object.values(v).every((x) => x === null || x === undefined)
        ? null
        : encJson(`case_actions:${caseId}:${actionId}`, v),
    decryptActionText: (caseId: string, actionId: string, v: string | null): Record<string, unknown> =>
      v === null ? {} : decJson<Record<string, unknown>>(`case_actions:${caseId}:${actionId}`, v),
    encryptTaskDescription: (taskId: string, v: string) =>
      encryptField(v, k, `case_tasks.description:${taskId}`),
    decryptTaskDescription: (taskId: string, v: string) =>
      decryptField(v, k, `case_tasks.description:${taskId}`),
    encryptHotlineContent: (contactId: string, v: unknown) => encJson(`hotline_contacts:${contactId}`, v),
    decryptHotlineContent: <T>(contactId: string, v: string) =>
      decJson<T>(`hotline_contacts:${contactId}`, v),
  };
}
