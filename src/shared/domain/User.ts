import { z } from 'zod';
import { CommuneCode, ProvinceCode, Text, TransactionId } from './Common';
import { RoleSchema } from './Auth';

export const User = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: RoleSchema,
  unitCode: z.string().nullable(),
  unitName: z.string().nullable(),
  provinceCode: z.string().nullable(),
  agencyId: z.uuid().nullable(),
  agencyName: z.string().nullable(),
  isActive: z.boolean(),
  totpEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,50}$/);

export const UserCreateInput = z.object({
  transactionId: TransactionId,
  username: Username,
  displayName: Text(200),
  email: z.email().max(200).nullish(),
  role: RoleSchema,
  unitCode: z.union([ProvinceCode, CommuneCode]).nullish(),
  agencyId: z.uuid().nullish(),
  /** Initial password; the user must change it at first login. */
  password: z.string().min(10).max(200),
});
export type UserCreateInput = z.infer<typeof UserCreateInput>;

export const UserUpdateInput = z.object({
  displayName: Text(200).optional(),
  email: z.email().max(200).nullish(),
  role: RoleSchema.optional(),
  unitCode: z.union([ProvinceCode, CommuneCode]).nullish(),
  agencyId: z.uuid().nullish(),
  isActive: z.boolean().optional(),
  /** Clears a lockout after repeated failed logins. */
  unlock: z.boolean().optional(),
  /** Sets a new temporary password the user must change. */
  resetPassword: z.string().min(10).max(200).optional(),
  /** Removes the second factor so the user enrols again (lost phone). */
  resetTotp: z.boolean().optional(),
});
export type UserUpdateInput = z.infer<typeof UserUpdateInput>;

export const UserListQuery = z.object({
  q: z.string().max(100).optional(),
  role: RoleSchema.optional(),
  unitCode: z.string().max(5).optional(),
  // Not z.coerce.boolean(): it reads the string "false" as true.
  includeInactive: z
    .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
    .transform((v) => v === true || v === 'true' || v === '1')
    .default(true),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

export const RoleSetting = z.object({
  role: RoleSchema,
  requireTotp: z.boolean(),
  totpMandatory: z.boolean(),
});
export type RoleSetting = z.infer<typeof RoleSetting>;
export const RoleSettingInput = z.object({ requireTotp: z.boolean() });

/** A role as GET /api/roles describes it: its second-factor setting, unit level and permission → jurisdiction. */
export const RoleInfo = RoleSetting.extend({
  unitLevel: z.enum(['commune', 'province', 'none', 'any']),
  needsAgency: z.boolean(),
  permissions: z.record(z.string(), z.string()),
});
export type RoleInfo = z.infer<typeof RoleInfo>;
export const RoleParams = z.object({ role: RoleSchema });
export const UserParams = z.object({ id: z.uuid() });
