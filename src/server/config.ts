import { z } from 'zod';
import path from 'node:path';

/**
 * The only reader of process.env (architecture.md, convention 8). Validated once at boot; a bad value stops the
 * process with a list of every problem instead of a stack trace later.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  TREEM_MODE: z.enum(['demo', 'production']).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  TREEM_DATA_DIR: z.string().min(1).default('./data/db'),
  TREEM_PGLITE_FSYNC: bool.default(true),
  TREEM_PUBLIC_URL: z.string().url().optional(),
  TREEM_SECURE_COOKIES: bool.optional(),
  TREEM_TRUST_PROXY: bool.default(false),
  TREEM_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  TREEM_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  TREEM_LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(15),
  TREEM_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  TREEM_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Password and second-factor attempts per minute per client IP (on top of the per-account lockout). */
  TREEM_LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(10),
  TREEM_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TREEM_WEB_DIR: z.string().default('./dist/web'),
  /** Hours a commune has to acknowledge a hotline 111 transfer before it is escalated to the province. */
  TREEM_ACK_HOURS: z.coerce.number().min(0.001).max(168).default(4),
  /** Seconds between two runs of the deadline sweeper (0: do not run it in this process). */
  TREEM_SWEEP_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** SMTP server for notification e-mails, e.g. smtp://user:pass@mail.example.gov.vn:587. Without it (and always
   *  in demo mode) e-mails stay in the outbox, which administrators can read. */
  TREEM_SMTP_URL: z.string().url().optional(),
  TREEM_MAIL_FROM: z.string().min(3).default('Treem <no-reply@treem.local>'),
  /** Public report form: submissions per IP per hour, and the proof-of-work difficulty in leading zero bits. */
  TREEM_PUBLIC_REPORTS_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(20),
  TREEM_PUBLIC_POW_BITS: z.coerce.number().int().min(0).max(24).default(16),
  /**
   * Key of the field encryption of secrets at rest (AES-256-GCM, src/server/lib/field-cipher.ts), e.g. the TOTP
   * secrets: base64 of 32 random bytes (`openssl rand -base64 32`). Required in production (NODE_ENV=production
   * and production mode). Elsewhere, when absent, a key file `treem-secret.key` is created (mode 0600) beside the
   * data folder on first use, and tests use a fixed key. Keep it with the backups but apart from them: without it
   * every enrolled second factor is lost (users must enrol again).
   */
  TREEM_ENCRYPTION_KEY: z
    .string()
    .trim()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be base64 of exactly 32 bytes')
    .optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  mode: 'demo' | 'production';
  port: number;
  host: string;
  database: { kind: 'pglite'; dataDir: string; fsync: boolean } | { kind: 'postgres'; url: string };
  publicUrl: string;
  secureCookies: boolean;
  trustProxy: boolean;
  sessionHours: number;
  login: { maxFailures: number; lockMinutes: number; attemptsPerMinute: number };
  bodyLimitBytes: number;
  rateLimitPerMinute: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  webDir: string;
  cases: { acknowledgeHours: number; sweepSeconds: number };
  mail: { smtpUrl: string | null; from: string };
  publicReports: { perHour: number; powBits: number };
  /** Where the field encryption key comes from (TREEM_ENCRYPTION_KEY, see above). */
  encryptionKey: { kind: 'key'; base64: string } | { kind: 'file'; path: string } | { kind: 'test' };
};

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Parses an environment (process.env by default) into a Config, or throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const mode = e.TREEM_MODE ?? (e.NODE_ENV === 'production' ? 'production' : 'demo');
  if (!e.TREEM_ENCRYPTION_KEY && e.NODE_ENV === 'production' && mode === 'production') {
    throw new ConfigError([
      'TREEM_ENCRYPTION_KEY: required in production: base64 of 32 random bytes (`openssl rand -base64 32`); ' +
        'it encrypts second-factor secrets at rest',
    ]);
  }
  const publicUrl = e.TREEM_PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  return {
    env: e.NODE_ENV,
    // Demo unless production is asked for explicitly: `npm start` on a fresh clone must show the demo.
    mode,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(e.TREEM_DATA_DIR), fsync: e.TREEM_PGLITE_FSYNC },
    publicUrl,
    secureCookies: e.TREEM_SECURE_COOKIES ?? publicUrl.startsWith('https://'),
    trustProxy: e.TREEM_TRUST_PROXY,
    sessionHours: e.TREEM_SESSION_HOURS,
    login: {
      maxFailures: e.TREEM_LOGIN_MAX_FAILURES,
      lockMinutes: e.TREEM_LOGIN_LOCK_MINUTES,
      attemptsPerMinute: e.TREEM_LOGIN_ATTEMPTS_PER_MINUTE,
    },
    bodyLimitBytes: e.TREEM_BODY_LIMIT_BYTES,
    rateLimitPerMinute: e.TREEM_RATE_LIMIT_PER_MINUTE,
    logLevel: e.TREEM_LOG_LEVEL,
    webDir: path.resolve(e.TREEM_WEB_DIR),
    cases: { acknowledgeHours: e.TREEM_ACK_HOURS, sweepSeconds: e.TREEM_SWEEP_SECONDS },
    mail: { smtpUrl: e.TREEM_SMTP_URL ?? null, from: e.TREEM_MAIL_FROM },
    publicReports: { perHour: e.TREEM_PUBLIC_REPORTS_PER_HOUR, powBits: e.TREEM_PUBLIC_POW_BITS },
    encryptionKey: e.TREEM_ENCRYPTION_KEY
      ? { kind: 'key', base64: e.TREEM_ENCRYPTION_KEY }
      : e.NODE_ENV === 'test'
        ? { kind: 'test' }
        : { kind: 'file', path: path.resolve(e.TREEM_DATA_DIR, '..', 'treem-secret.key') },
  };
}

/** The database settings tests use: TEST_DATABASE_URL selects a PostgreSQL server, otherwise PGlite. */
export function testDatabaseUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.TEST_DATABASE_URL || undefined;
}
