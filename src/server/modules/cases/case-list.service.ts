import { recordAudit } from '../../audit/audit.repo';
import type { z } from 'zod';
import type { CaseList, CaseListQuery } from '../../../shared/domain/Case';
import type { CaseCaller } from './case-action.service';
import type { CaseDeps } from './case-append';
import { caseCipher } from './case-cipher';
import { reportedChildName, shortChildLabel, toCaseSummary } from './case-summary';
import { countCases, firstReportContents, listCasesPage, type CaseListFilter } from './cases.read.repo';

/**
 * The case queues of the caller's jurisdiction (issue #4: "the report appears in that commune officer's queue with the
 * 12-hour clock"): new, due within 24 hours, overdue, open, closed, all. The jurisdiction is in the WHERE clause, so a
 * commune filter outside it simply finds nothing. The child appears only by a short label. Audited with counts.
 */
export async function listCases(
  deps: CaseDeps,
  caller: CaseCaller,
  query: CaseListQuery,
): Promise<z.infer<typeof CaseList>> {
  const filter: CaseListFilter = {
    queue: query.queue,
    communeCode: query.communeCode,
    status: query.status,
    now: deps.now(),
  };
  const cipher = caseCipher(deps.config.encryptionKey);
  const { scope } = caller;
  return deps.db.transaction().execute(async (tx) => {
    const rows = await listCasesPage(tx, scope, filter, query);
    const total =
      query.offset === 0 && rows.length < query.limit ? rows.length : await countCases(tx, scope, filter);
    const unnamed = rows.filter((r) => !r.child_name).map((r) => r.id);
    const reports = await firstReportContents(tx, unnamed);
    const items = rows.map((r) =>
      toCaseSummary(
        r,
        r.commune_name,
        shortChildLabel(r.child_name ?? reportedChildName(cipher, reports.get(r.id))),
      ),
    );
    await recordAudit(tx, caller.actor, {
      operation: 'case.list',
      purpose: query.queue,
      targetType: 'case',
      targetIds: items.map((i) => i.id),
      unitCode: query.communeCode ?? (scope.kind === 'commune' ? scope.communeCode : null),
      provinceCode: scope.kind === 'commune' || scope.kind === 'province' ? scope.provinceCode : null,
      counts: { results: items.length, total },
    });
    return { items, total };
  });
}
