import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { recordAudit, type AuditActor } from '../../../audit/audit.repo';
import { AppError } from '../../../http/app-error';
import { groupKeyMaps } from '../../../lib/blind-index';
import type { ChildExportQuery } from '../../../../shared/domain/ChildImport';
import type { ChildSearchCursor } from '../../../../shared/domain/ChildSearch';
import { Permission } from '../../../../shared/permissions/Permission';
import { canAccess, scopeFor, type Scope, type ScopedUser } from '../../../../shared/permissions/scope';
import { vietnamToday } from '../../../../shared/reference/child-age';
import { isSensitiveGroup } from '../../../../shared/reference/circumstance-groups';
import { cipherOf, type ChildrenCaller, type ChildrenDeps } from '../children.service';
import {
  assertOpenCaseFilterAllowed,
  decodeCursor,
  filtersOf,
  planFor,
  readPage,
  tiersOf,
} from '../search/search.service';
import { exportColumns } from './export-columns';
import { loadExportRows } from './export.repo';

/**
 * GET /api/children/export.xlsx (issue #3 item 5): the children the register search finds with the same filters
 * (search.service.ts: same jurisdiction, same age rule, same order), every page of them, streamed into an XLSX
 * with exceljs' WorkbookWriter so a province's list never sits in memory. One REPEATABLE READ transaction gives a
 * consistent list and holds the audit row (`child.export`: the filter names and the row count, never a value).
 */
const PAGE = 1000;

export type ExportPlan = {
  scope: Scope;
  query: ChildExportQuery;
  actor: AuditActor;
  /** Whether the sensitive columns exist at all (children.read_sensitive). */
  sensitiveColumns: boolean;
  /** Whether this user may see the sensitive values of a child at this place. */
  mayReadRow: (place: { communeCode: string; provinceCode: string }) => boolean;
};

export function planExport(caller: ChildrenCaller, query: ChildExportQuery): ExportPlan {
  const user: ScopedUser = caller.user;
  const sensitiveColumns = scopeFor(user, Permission.childrenReadSensitive) !== null;
  if (query.group && isSensitiveGroup(query.group) && !sensitiveColumns)
    throw new AppError('FORBIDDEN', { messageId: 'child.sensitiveForbidden' });
  assertOpenCaseFilterAllowed(user, query);
  return {
    scope: caller.scope,
    query,
    actor: caller.actor,
    sensitiveColumns,
    mayReadRow: (place) => canAccess(user, Permission.childrenReadSensitive, place),
  };
}

/** Starts the export; the stream ends with the workbook, or is destroyed if the export fails midway. */
export function streamExport(deps: ChildrenDeps, plan: ExportPlan): Readable {
  const out = new PassThrough();
  writeExport(deps, plan, out).catch((err: unknown) => out.destroy(err as Error));
  return out;
}

async function writeExport(deps: ChildrenDeps, plan: ExportPlan, out: PassThrough): Promise<void> {
  const { query } = plan;
  const asOf = query.asOf ?? vietnamToday(deps.now());
  const filters = filtersOf(plan.scope, { ...query, limit: PAGE }, deps.config.encryptionKey, asOf);
  const tiers = tiersOf(await planFor(deps, query.q));
  const keys = groupKeyMaps(deps.config.encryptionKey);
  const cipher = cipherOf(deps);
  const columns = exportColumns(plan.sensitiveColumns);

  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('Danh sách trẻ em', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();

  let rows = 0;
  let aborted = false;
  await deps.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => {
      let cursor: ChildSearchCursor | undefined;
      for (;;) {
        const { page, nextCursor } = await readPage(tx, filters, tiers, cursor, PAGE);
        const details = await loadExportRows(
          tx,
          page.map((p) => p.row.id),
          asOf,
          plan.sensitiveColumns,
        );
        for (const { row } of page) {
          const r = details.get(row.id);
          if (!r) continue;
          const place = { communeCode: r.commune_code, provinceCode: r.province_code };
          const sensitive = plan.sensitiveColumns && plan.mayReadRow(place);
          const groups = r.group_keys
            .map((k) => keys.byKey.get(k))
            .filter((c): c is NonNullable<typeof c> => c !== undefined && (sensitive || !isSensitiveGroup(c)))
            .sort();
          const x = {
            asOf,
            groups,
            sensitive: sensitive ? cipher.decryptSensitive(r.id, r.sensitive_enc) : null,
          };
          ws.addRow(columns.map((c) => c.value(r, x))).commit();
          rows++;
        }
        if (!nextCursor) break;
        cursor = decodeCursor(nextCursor);
        // A slow client holds the next page back rather than the whole list piling up in memory; a client gone
        // ends the export, and what was sent is still audited.
        if (out.writableNeedDrain)
          await Promise.race([once(out, 'drain'), once(out, 'close')]).catch(() => undefined);
        if (out.destroyed) {
          aborted = true;
          break;
        }
      }
      const used = Object.entries(query)
        .filter(([, v]) => v !== undefined)
        .map(([k]) => [`filter.${k}`, 1] as const);
      await recordAudit(tx, plan.actor, {
        operation: 'child.export',
        targetType: 'child',
        unitCode: plan.scope.kind === 'commune' ? plan.scope.communeCode : null,
        provinceCode:
          plan.scope.kind === 'commune' || plan.scope.kind === 'province' ? plan.scope.provinceCode : null,
        counts: {
          rows,
          sensitiveColumns: plan.sensitiveColumns ? 1 : 0,
          ...(aborted ? { aborted: 1 } : {}),
          ...Object.fromEntries(used),
        },
      });
    });
  if (aborted) return;
  ws.commit();
  await wb.commit();
}
