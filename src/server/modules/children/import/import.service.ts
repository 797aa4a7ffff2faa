import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { RequestContext } from '../../../http/request-context';
import { AppError } from '../../../http/app-error';
import { apiMessages, type ApiMessageId } from '../../../../shared/i18n/messages';
import type { Locale } from '../../../../shared/i18n/locale';
import { Permission } from '../../../../shared/permissions/Permission';
import { scopeFor, type Scope } from '../../../../shared/permissions/scope';
import type { ImportJob } from '../../../../shared/domain/ChildImport';
import type { ChildrenDeps } from '../children.service';
import {
  findJob,
  findJobByTransaction,
  findReport,
  insertJob,
  listJobs,
  moveJob,
  type ImportJobInfo,
} from './import-jobs.repo';
import { loadTemplateLists } from './import-lookups';
import { receiveUpload } from './import-upload';
import { spoolPathOf, type ImportRunner } from './import-runner';
import { buildTemplateWorkbook } from './template-workbook';
import { buildTemplateCsv } from './template-csv';

/**
 * The import of the child register (issue #3 item 5): template, upload, job polling, confirmation of a dry run,
 * and the error report. The job runs in the background (import-runner.ts); these functions answer at once.
 */
export type ImportDeps = ChildrenDeps & { runner: ImportRunner };

type ImportScope = Extract<Scope, { kind: 'national' | 'province' | 'commune' }>;

function importScope(ctx: RequestContext): ImportScope {
  const s = ctx.scope;
  if (!ctx.user || !s || (s.kind !== 'national' && s.kind !== 'province' && s.kind !== 'commune'))
    throw new AppError('FORBIDDEN');
  return s;
}

function userOf(ctx: RequestContext) {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED');
  return ctx.user;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toImportJob(j: ImportJobInfo, locale: Locale, live: number | undefined): ImportJob {
  const failure = j.failure_message_id as ApiMessageId | null;
  return {
    id: j.id,
    fileName: j.file_name,
    fileKind: j.file_kind,
    status: j.status,
    dryRun: j.dry_run,
    totalRows: j.total_rows,
    processedRows: j.status === 'importing' && live !== undefined ? live : j.processed_rows,
    errorCount: j.error_count,
    errorRows: j.error_rows,
    duplicateCount: j.duplicate_count,
    importedCount: j.imported_count,
    hasReport: j.has_report,
    failureMessageId: failure,
    failureMessage: failure && failure in apiMessages ? apiMessages[failure][locale] : null,
    createdAt: j.created_at.toISOString(),
    validatedAt: iso(j.validated_at),
    finishedAt: iso(j.finished_at),
  };
}

export async function getImportTemplate(deps: ImportDeps, ctx: RequestContext, kind: 'xlsx' | 'csv') {
  const scope = importScope(ctx);
  if (kind === 'csv') return buildTemplateCsv();
  return buildTemplateWorkbook(await loadTemplateLists(deps.db, scope));
}

/** Receives the file, checks it (400 on a hostile or wrong file), records the job and queues its validation. */
export async function startImport(
  deps: ImportDeps,
  ctx: RequestContext,
  upload: { stream: Readable; fileName: string | undefined },
  opts: { dryRun: boolean; transactionId: string | undefined },
): Promise<ImportJob> {
  const scope = importScope(ctx);
  const user = userOf(ctx);
  if (opts.transactionId) {
    const earlier = await findJobByTransaction(deps.db, opts.transactionId, user.id);
    if (earlier) {
      upload.stream.resume();
      return getImportJob(deps, ctx, earlier.id);
    }
  }
  const file = await receiveUpload(upload.stream, upload.fileName);
  let jobId: string;
  try {
    const job = await insertJob(deps.db, {
      user_id: user.id,
      scope_kind: scope.kind,
      scope_code:
        scope.kind === 'commune' ? scope.communeCode : scope.kind === 'province' ? scope.provinceCode : null,
      file_name: file.fileName,
      file_kind: file.kind,
      file_bytes: file.bytes,
      dry_run: opts.dryRun,
      total_rows: file.rows ?? 0,
      runner_id: deps.runner.runnerId,
      transaction_id: opts.transactionId ?? null,
    });
    jobId = job.id;
  } catch (err) {
    await fs.promises.rm(file.path, { force: true });
    throw err;
  }
  deps.runner.enqueueValidation({
    jobId,
    path: file.path,
    kind: file.kind,
    scope,
    user: { id: user.id, displayName: user.displayName },
    actor: ctx.actor,
    locale: ctx.locale,
    mayMarkGroups: scopeFor(user, Permission.childrenCircumstances) !== null,
    mayMarkSensitive: scopeFor(user, Permission.childrenReadSensitive) !== null,
    dryRun: opts.dryRun,
  });
  return getImportJob(deps, ctx, jobId);
}

/** A job of the caller's own; another user's job answers 404 like a missing one. */
export async function getImportJob(deps: ImportDeps, ctx: RequestContext, jobId: string): Promise<ImportJob> {
  const user = userOf(ctx);
  const job = await findJob(deps.db, jobId, user.id);
  if (!job) throw new AppError('NOT_FOUND');
  return toImportJob(job, ctx.locale, deps.runner.liveProgress.get(jobId));
}

export async function listImportJobs(deps: ImportDeps, ctx: RequestContext): Promise<ImportJob[]> {
  const user = userOf(ctx);
  const jobs = await listJobs(deps.db, user.id, 20);
  return jobs.map((j) => toImportJob(j, ctx.locale, deps.runner.liveProgress.get(j.id)));
}

export async function getImportReport(deps: ImportDeps, ctx: RequestContext, jobId: string): Promise<Buffer> {
  const user = userOf(ctx);
  const report = await findReport(deps.db, jobId, user.id);
  if (!report) throw new AppError('NOT_FOUND');
  return report;
}

/** Confirms a dry run without errors: its validated rows are inserted (409 for any other job state). */
export async function confirmImport(
  deps: ImportDeps,
  ctx: RequestContext,
  jobId: string,
): Promise<ImportJob> {
  const scope = importScope(ctx);
  const user = userOf(ctx);
  const job = await findJob(deps.db, jobId, user.id);
  if (!job) throw new AppError('NOT_FOUND');
  if (job.status === 'importing' || job.status === 'done') return toImportJob(job, ctx.locale, undefined);
  const ready =
    job.status === 'validated' && job.error_count === 0 && fs.existsSync(spoolPathOf(jobId)) && job.dry_run;
  if (!ready) throw new AppError('CONFLICT', { messageId: 'import.notConfirmable' });
  const moved = await moveJob(deps.db, jobId, 'validated', {
    status: 'importing',
    processed_rows: 0,
    heartbeat_at: new Date(),
    runner_id: deps.runner.runnerId,
  });
  if (moved)
    deps.runner.enqueueInsert({
      jobId,
      user: { id: user.id, displayName: user.displayName },
      actor: ctx.actor,
      scope,
    });
  return getImportJob(deps, ctx, jobId);
}
