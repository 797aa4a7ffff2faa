import type { AuditActor } from '../../audit/audit.repo';
import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import { Permission } from '../../../shared/permissions/Permission';
import { scopeFor, type ScopedUser } from '../../../shared/permissions/scope';
import { caseCipher } from '../cases/case-cipher';
import type { ReportDeps } from './report-intake.service';
import { findAttachmentInScope } from './report-attachments.repo';

export type AttachmentContent = { contentType: string; data: Buffer };

/**
 * A photo sent with a report, decrypted, for a user with cases.read on the report's case (404 otherwise, exactly
 * like a missing one). Audited ('report.attachment.view') in the same transaction as the read.
 */
export async function getReportAttachment(
  deps: ReportDeps,
  caller: { actor: AuditActor; user: ScopedUser },
  reportId: string,
  attachmentId: string,
): Promise<AttachmentContent> {
  const scope = scopeFor(caller.user, Permission.casesRead);
  if (!scope) throw new AppError('FORBIDDEN');
  return deps.db.transaction().execute(async (tx) => {
    const row = await findAttachmentInScope(tx, scope, reportId, attachmentId);
    if (!row) throw new AppError('NOT_FOUND');
    const data = caseCipher(deps.config.encryptionKey).decryptAttachment(row.id, row.data_enc);
    await recordAudit(tx, caller.actor, {
      operation: 'report.attachment.view',
      targetType: 'report',
      targetIds: [reportId, attachmentId, row.case_id],
      unitCode: row.commune_code,
      provinceCode: row.province_code,
      counts: { bytes: data.length },
    });
    return { contentType: row.content_type, data };
  });
}
