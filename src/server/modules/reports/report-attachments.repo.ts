import type { DbOrTx } from '../../db/transaction';
import type { Scope } from '../../../shared/permissions/scope';
import { caseInScope } from '../cases/case-actor';

/** One attachment of a report whose case lies inside the scope (undefined otherwise: answered 404). */
export async function findAttachmentInScope(
  db: DbOrTx,
  scope: Scope,
  reportId: string,
  attachmentId: string,
) {
  return db
    .selectFrom('report_attachments as a')
    .innerJoin('reports as r', 'r.id', 'a.report_id')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .select(['a.id', 'a.content_type', 'a.data_enc', 'c.id as case_id', 'c.commune_code', 'c.province_code'])
    .where('a.id', '=', attachmentId)
    .where('a.report_id', '=', reportId)
    .where(caseInScope(scope, 'c'))
    .executeTakeFirst();
}
