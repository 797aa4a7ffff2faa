import crypto from 'node:crypto';
import type { z } from 'zod';
import type { AppDeps } from '../../../app-deps';
import { AppError } from '../../../http/app-error';
import type { RequestContext } from '../../../http/request-context';
import { fieldErrorsFromZod } from '../../../../shared/validation';
import type { Locale } from '../../../../shared/i18n/locale';
import { ReportInput, type TrackingAnswer as TrackingAnswerSchema } from '../../../../shared/domain/Report';
import { PublicReportInput, type PublicReportCreated } from '../../../../shared/domain/PublicReport';
import { vnDateOf } from '../../../../shared/workflow/calendar/working-calendar';
import type { CaseStatus } from '../../../../shared/workflow/case-workflow';
import { isUniqueViolation } from '../../children/children.rules';
import { recordReport, type ReportAttachment } from '../report-intake.service';
import { findReportByTransaction, findTracking } from '../reports.repo';
import { ImageFormatError } from './image-limits';
import { sniffPhotoType, stripPhotoMetadata } from './image-clean';
import { challengeHash, checkPow, POW_TTL_MS } from './public-pow';
import { publicError } from './public-errors';
import { purgeSpentChallenges, spendChallenge } from './public-reports.repo';
import type { PublicUpload } from './public-upload';
import { newTrackingCode, normalizeTrackingCode } from './tracking-code';

export type PublicDeps = Pick<AppDeps, 'db' | 'config' | 'now'>;
type TrackingAnswer = z.infer<typeof TrackingAnswerSchema>;

/**
 * The public online channel (issue #4 item 2). Checks run cheapest first: the form's JSON, the honeypot, the proof
 * of work (one hash), the photos (parsed, metadata stripped), then the database: a retry of a recorded report,
 * the challenge spent once, and the report recorded as Mẫu 01 with channel 'online'.
 *
 * Honeypot: a filled hidden field answers the generic 400 "data not valid" and stores nothing. Pretending success
 * (201 with a fake code) would mislead a person whose browser filled the field by mistake into waiting for a
 * report that does not exist; an honest error costs a robot nothing it could learn from.
 */
export async function submitPublicReport(
  deps: PublicDeps,
  ctx: RequestContext,
  upload: PublicUpload,
): Promise<PublicReportCreated> {
  const { locale } = ctx;
  const input = parseReportPart(upload.report, locale);
  if (honeypotFilled(input.website)) throw new AppError('VALIDATION', { message: 'honeypot' });
  const problem = checkPow(deps.config, deps.now(), input.pow);
  if (problem) throw publicError('VALIDATION', 'body.pow', problem, locale);
  const attachments = upload.photos.map((data, i) => cleanPhoto(data, i, locale));

  // A retried submission (the answer was lost on the way) gets its tracking code back instead of a second report.
  const existing = await findReportByTransaction(deps.db, input.transactionId);
  if (existing) return trackingOf(existing.tracking_code);
  await purgeOccasionally(deps);
  if (!(await spendChallenge(deps.db, challengeHash(input.pow.challenge), deps.now())))
    throw publicError('VALIDATION', 'body.pow', 'publicReport.powReused', locale);

  // The public is nobody in the audit log: no IP or browser is kept beside an anonymous report.
  const actor = { ...ctx.actor, ip: null, userAgent: null };
  const report = toReportInput(input);
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await recordReport(deps, { actor, locale, user: null }, report, {
        trackingCode: newTrackingCode(),
        attachments,
      });
      return trackingOf(created.trackingCode);
    } catch (err) {
      // Two reports drawing the same 50-bit code: practically never, and a new draw fixes it.
      if (attempt < 3 && isUniqueViolation(err, 'reports_tracking_code_key')) continue;
      throw err;
    }
  }
}

function honeypotFilled(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

function trackingOf(code: string | null): PublicReportCreated {
  // A transactionId already used by a report of another channel: not this form's to replay.
  if (!code) throw new AppError('CONFLICT', { message: 'transactionId of a non-public report' });
  return { trackingCode: code };
}

function parseReportPart(text: string | null, locale: Locale): PublicReportInput {
  if (text === null) throw publicError('VALIDATION', 'body.report', 'publicReport.reportMissing', locale);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw publicError('VALIDATION', 'body.report', 'publicReport.reportMalformed', locale);
  }
  const parsed = PublicReportInput.safeParse(json);
  if (!parsed.success) {
    const fields = fieldErrorsFromZod(parsed.error.issues, locale).map((f) => ({
      ...f,
      path: f.path ? `body.${f.path}` : 'body',
    }));
    throw new AppError('VALIDATION', { fields });
  }
  return parsed.data;
}

function cleanPhoto(data: Buffer, index: number, locale: Locale): ReportAttachment {
  const path = `body.photo.${index}`;
  const type = data.length > 0 ? sniffPhotoType(data) : null;
  if (data.length === 0) throw publicError('VALIDATION', path, 'publicReport.photoMalformed', locale);
  if (!type) throw publicError('VALIDATION', path, 'publicReport.photoType', locale);
  try {
    return { id: crypto.randomUUID(), contentType: type, data: stripPhotoMetadata(type, data) };
  } catch (err) {
    if (err instanceof ImageFormatError)
      throw publicError('VALIDATION', path, 'publicReport.photoMalformed', locale);
    throw err;
  }
}

/** The public form as a Mẫu 01 report received online: what the form does not ask is left empty. */
function toReportInput(p: PublicReportInput): ReportInput {
  return ReportInput.parse({
    transactionId: p.transactionId,
    channel: 'online',
    communeCode: p.communeCode,
    eventPlace: p.eventPlace,
    child: {
      fullName: p.child.name,
      estimatedAge: p.child.approximateAge,
      sex: p.child.sex,
      whereNow: p.whereNow,
    },
    description: p.description,
    harmTypes: p.harmTypes,
    environment: p.environment,
    urgency: p.urgency,
    reporter: {
      anonymous: p.reporter.anonymous,
      consent: p.reporter.consent,
      name: p.reporter.name,
      phone: p.reporter.phone,
    },
  });
}

const lastPurge = new WeakMap<object, number>();

/** Spent challenges are forgotten once expired (at most once a minute per process: it is a table scan). */
async function purgeOccasionally(deps: PublicDeps): Promise<void> {
  const now = deps.now().getTime();
  if (now - (lastPurge.get(deps.db) ?? 0) < 60_000) return;
  lastPurge.set(deps.db, now);
  await purgeSpentChallenges(deps.db, new Date(now - 2 * POW_TTL_MS));
}

/** The tracking page's answer: three states and the day of receipt, nothing about the child or the commune. */
export async function trackReport(deps: PublicDeps, typed: string): Promise<TrackingAnswer> {
  const code = normalizeTrackingCode(typed);
  const row = code ? await findTracking(deps.db, code) : undefined;
  if (!row) throw new AppError('NOT_FOUND');
  return { status: trackingStatusOf(row.status as CaseStatus), receivedOn: vnDateOf(row.received_at) };
}

export function trackingStatusOf(status: CaseStatus): TrackingAnswer['status'] {
  switch (status) {
    case 'received':
    case 'verified':
      return 'received';
    case 'closed':
      return 'closed';
    default:
      return 'in_progress';
  }
}
