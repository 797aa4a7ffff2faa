import { z } from 'zod';
import { ALL_PERMISSIONS, type Jurisdiction, type Permission } from '../permissions/Permission';
import { ALL_ROLES } from '../permissions/roles';

export const RoleSchema = z.enum(ALL_ROLES as [string, ...string[]]);
export const PermissionSchema = z.enum(ALL_PERMISSIONS as [string, ...string[]]);

export const MfaState = z.enum(['ok', 'pending', 'enrol_required']);
export type MfaState = z.infer<typeof MfaState>;

/** The logged-in user as the API returns it from GET /api/auth/me and POST /api/auth/login. */
export const Me = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  unitCode: z.string().nullable(),
  unitName: z.string().nullable(),
  provinceCode: z.string().nullable(),
  agencyId: z.uuid().nullable(),
  agencyName: z.string().nullable(),
  /** permission → jurisdiction, as granted by the role. */
  permissions: z.record(z.string(), z.string()),
  totpEnabled: z.boolean(),
  /** 'pending': the second factor must be verified; 'enrol_required': the role needs one and none is set up. */
  mfaState: MfaState,
  mustChangePassword: z.boolean(),
  /** Echo of the CSRF token, to be sent back in the x-csrf-token header on every unsafe request. */
  csrfToken: z.string(),
  demo: z.boolean(),
});
export type Me = z.infer<typeof Me> & { permissions: Partial<Record<Permission, Jurisdiction>> };

export const LoginInput = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const TotpCodeInput = z.object({
  /** A 6-digit TOTP code, or a recovery code (xxxx-xxxx-xx). */
  code: z.string().trim().min(6).max(20),
});
export type TotpCodeInput = z.infer<typeof TotpCodeInput>;

export const TotpEnrolment = z.object({
  /** otpauth:// URI and the same as a QR code (data: URL of an SVG or PNG). */
  otpauthUri: z.string(),
  qrDataUrl: z.string(),
  secret: z.string(),
});
export type TotpEnrolment = z.infer<typeof TotpEnrolment>;

export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;

export const PasswordChangeInput = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10).max(200),
});
export type PasswordChangeInput = z.infer<typeof PasswordChangeInput>;

export const SessionInfo = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;
