import type { Me } from '../../../shared/domain/Auth';
import type { AgencyKind } from '../../../shared/domain/Agency';
import type {
  HarmEnvironment,
  PerpetratorRelation,
  ReportChannel,
  ReporterInput,
  Urgency,
} from '../../../shared/domain/Report';
import type { Sex } from '../../../shared/domain/Child';
import type { FieldErrors } from '../../api/form-errors';
import type { MessageId } from '../../i18n/catalogue';

/** The report form's state (Mẫu 01) and its mapping to ReportInput (src/shared/domain/Report.ts). */
type ReporterRelation = ReporterInput['relation'];

/** The child of the report: a register child picked by search, or described as the reporter knows it. */
export type ChildMode = 'register' | 'describe';

export type LinkedChild = { id: string; fullName: string; birthDate: string; communeName: string | null };

export type ReportFormValues = {
  channel: ReportChannel;
  /** Local date (ISO) and time (HH:mm) of receipt; both empty = now. */
  receivedDate: string | null;
  receivedTime: string;
  receivingAgencyId: string | null;
  receivingAgencyName: string | null;
  communeCode: string | null;
  eventCommuneCode: string | null;
  eventPlace: string;
  description: string;
  harmTypes: string[];
  environment: HarmEnvironment | null;
  perpetratorRelation: PerpetratorRelation;
  urgency: Urgency;
  childMode: ChildMode;
  linkedChild: LinkedChild | null;
  child: {
    fullName: string;
    birthDate: string | null;
    estimatedAge: number | null;
    sex: Sex;
    whereNow: string;
    condition: string;
  };
  family: {
    fatherName: string;
    fatherAge: number | null;
    fatherJob: string;
    motherName: string;
    motherAge: number | null;
    motherJob: string;
    caregiver: string;
    situation: string;
  };
  actionsTaken: string;
  predictedConsequences: string;
  notes: string;
  reporter: {
    anonymous: boolean;
    consent: boolean;
    relation: ReporterRelation;
    name: string;
    phone: string;
    address: string;
  };
};

/** Channels offered on this form: the hotline has its own console and the public its own online form. */
export const FORM_CHANNELS: readonly ReportChannel[] = [
  'walk_in',
  'phone_commune',
  'police',
  'school',
  'health',
  'other',
];

const CHANNEL_OF_AGENCY: Partial<Record<AgencyKind, ReportChannel>> = {
  police: 'police',
  school: 'school',
  health_facility: 'health',
};

/** Where the report most likely comes from, by who records it: a commune in person, an agency by its kind. */
export function defaultChannel(me: Pick<Me, 'role'>, agencyKind: AgencyKind | null): ReportChannel {
  if (me.role === 'partner_agency') return (agencyKind && CHANNEL_OF_AGENCY[agencyKind]) ?? 'other';
  if (me.role === 'province_officer') return 'other';
  return 'walk_in';
}

export function initialReportValues(
  me: Pick<Me, 'role' | 'unitCode' | 'agencyId' | 'agencyName'>,
): ReportFormValues {
  const ownCommune = me.unitCode?.length === 5 ? me.unitCode : null;
  return {
    channel: defaultChannel(me, null),
    receivedDate: null,
    receivedTime: '',
    receivingAgencyId: me.agencyId,
    receivingAgencyName: me.agencyName,
    communeCode: ownCommune,
    eventCommuneCode: null,
    eventPlace: '',
    description: '',
    harmTypes: [],
    environment: null,
    perpetratorRelation: 'unknown',
    urgency: 'normal',
    childMode: 'describe',
    linkedChild: null,
    child: { fullName: '', birthDate: null, estimatedAge: null, sex: 'unknown', whereNow: '', condition: '' },
    family: {
      fatherName: '',
      fatherAge: null,
      fatherJob: '',
      motherName: '',
      motherAge: null,
      motherJob: '',
      caregiver: '',
      situation: '',
    },
    actionsTaken: '',
    predictedConsequences: '',
    notes: '',
    reporter: { anonymous: true, consent: false, relation: 'other', name: '', phone: '', address: '' },
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The browser's current local date and time, as the form's fields show them. */
export function nowParts(now = new Date()): { date: string; time: string } {
  return {
    date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
    time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
  };
}

/**
 * The instant of receipt: undefined when left empty (the server takes "now"); an unparseable entry is sent as the
 * text typed, so the schema answers with its own message on receivedAt.
 */
function receivedAtOf(v: ReportFormValues): string | undefined {
  if (!v.receivedDate && !v.receivedTime.trim()) return undefined;
  const time = /^(\d{1,2}):(\d{2})$/.exec(v.receivedTime.trim());
  if (!v.receivedDate || !time) return `${v.receivedDate ?? ''} ${v.receivedTime}`.trim();
  const [hours, minutes] = [Number(time[1]), Number(time[2])];
  if (hours > 23 || minutes > 59) return v.receivedTime;
  const [y, m, d] = v.receivedDate.split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, hours, minutes).toISOString();
}

const orNull = (s: string) => (s.trim() ? s : null);

/** The body of POST /api/reports without transactionId; unmade choices are undefined so the schema names them. */
export function toReportBody(v: ReportFormValues) {
  const linked = v.childMode === 'register' ? v.linkedChild : null;
  const r = v.reporter;
  const keepIdentity = !r.anonymous && r.consent;
  return {
    channel: v.channel,
    receivedAt: receivedAtOf(v),
    receivingAgencyId: v.receivingAgencyId,
    communeCode: v.communeCode ?? undefined,
    eventCommuneCode: v.eventCommuneCode,
    eventPlace: orNull(v.eventPlace),
    childId: linked?.id ?? null,
    child: linked
      ? { sex: 'unknown' as const, whereNow: orNull(v.child.whereNow), condition: orNull(v.child.condition) }
      : {
          fullName: orNull(v.child.fullName),
          birthDate: v.child.birthDate,
          estimatedAge: v.child.birthDate ? null : v.child.estimatedAge,
          sex: v.child.sex,
          whereNow: orNull(v.child.whereNow),
          condition: orNull(v.child.condition),
        },
    family: {
      fatherName: orNull(v.family.fatherName),
      fatherAge: v.family.fatherAge,
      fatherJob: orNull(v.family.fatherJob),
      motherName: orNull(v.family.motherName),
      motherAge: v.family.motherAge,
      motherJob: orNull(v.family.motherJob),
      caregiver: orNull(v.family.caregiver),
      situation: orNull(v.family.situation),
    },
    description: v.description,
    harmTypes: v.harmTypes,
    environment: v.environment ?? undefined,
    perpetratorRelation: v.perpetratorRelation,
    urgency: v.urgency,
    actionsTaken: orNull(v.actionsTaken),
    predictedConsequences: orNull(v.predictedConsequences),
    notes: orNull(v.notes),
    // The identity is sent only when the reporter is named AND consents (Mẫu 01: "only if the reporter agrees").
    reporter: {
      anonymous: r.anonymous,
      consent: !r.anonymous && r.consent,
      relation: r.relation,
      name: keepIdentity ? orNull(r.name) : null,
      phone: keepIdentity ? orNull(r.phone) : null,
      address: keepIdentity ? orNull(r.address) : null,
    },
  };
}

/** The collapsible sections of the form: one with an error opens by itself. */
export type ReportSection = 'receipt' | 'child' | 'family' | 'reporter' | 'more';

export function sectionOf(path: string): ReportSection | null {
  if (/^(channel|receivedAt|receivingAgencyId|eventCommuneCode|eventPlace)$/.test(path)) return 'receipt';
  if (path === 'childId' || path.startsWith('child.')) return 'child';
  if (path.startsWith('family.')) return 'family';
  if (path.startsWith('reporter.')) return 'reporter';
  if (/^(actionsTaken|predictedConsequences|notes)$/.test(path)) return 'more';
  return null;
}

export function sectionsWithErrors(errors: FieldErrors): ReportSection[] {
  const out = new Set<ReportSection>();
  for (const key of Object.keys(errors)) {
    const s = sectionOf(key);
    if (s) out.add(s);
  }
  return [...out];
}

/** Words for the coded values of Report.ts, one message id per value. */
export const CHANNEL_LABEL: Record<ReportChannel, MessageId> = {
  hotline_111: 'report.channel.hotline_111',
  online: 'report.channel.online',
  walk_in: 'report.channel.walk_in',
  phone_commune: 'report.channel.phone_commune',
  police: 'report.channel.police',
  school: 'report.channel.school',
  health: 'report.channel.health',
  other: 'report.channel.other',
};

export const ENVIRONMENT_LABEL: Record<HarmEnvironment, MessageId> = {
  family: 'report.environment.family',
  school: 'report.environment.school',
  community: 'report.environment.community',
  online: 'report.environment.online',
  other: 'report.environment.other',
  unknown: 'report.environment.unknown',
};

export const PERPETRATOR_LABEL: Record<PerpetratorRelation, MessageId> = {
  parent: 'report.perpetrator.parent',
  step_parent: 'report.perpetrator.step_parent',
  relative: 'report.perpetrator.relative',
  caregiver: 'report.perpetrator.caregiver',
  teacher: 'report.perpetrator.teacher',
  acquaintance: 'report.perpetrator.acquaintance',
  stranger: 'report.perpetrator.stranger',
  other_child: 'report.perpetrator.other_child',
  none: 'report.perpetrator.none',
  unknown: 'report.perpetrator.unknown',
};

export const URGENCY_LABEL: Record<Urgency, MessageId> = {
  immediate: 'report.urgency.immediate',
  high: 'report.urgency.high',
  normal: 'report.urgency.normal',
};

export const REPORTER_RELATION_LABEL: Record<ReporterRelation, MessageId> = {
  child_self: 'report.reporterRelation.child_self',
  parent: 'report.reporterRelation.parent',
  relative: 'report.reporterRelation.relative',
  neighbour: 'report.reporterRelation.neighbour',
  teacher: 'report.reporterRelation.teacher',
  health_worker: 'report.reporterRelation.health_worker',
  police: 'report.reporterRelation.police',
  officer: 'report.reporterRelation.officer',
  other: 'report.reporterRelation.other',
};
