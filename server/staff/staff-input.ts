import { z } from 'zod';
import {
  STAFF_ROLES,
  type AcceptInvitationBody,
  type InviteBody,
  type RequestResetBody,
  type ResetPasswordBody,
  type RoleBody,
  type SignInBody,
  type StaffRole,
} from '../../sdk/protocol/index.js';

/** Long enough to resist guessing, short enough that scrypt never works on a megabyte. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const emailSchema = z.email('must be an email address').max(254).transform((email) => email.toLowerCase());

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `must be at most ${PASSWORD_MAX} characters`);

export const roleSchema = z.enum(STAFF_ROLES as [StaffRole, ...StaffRole[]], `must be one of ${STAFF_ROLES.join(', ')}`);

export const staffNameSchema = z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters');

/** Emailed tokens are 43 base64url characters; anything else cannot be one. */
const linkToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'is not a link token');

export const signInSchema = z.strictObject({
  email: z.string().trim().min(1, 'is required').max(254).transform((email) => email.toLowerCase()),
  // Sign-in checks any password it is given: the length rules are for new passwords only.
  password: z.string().min(1, 'is required').max(PASSWORD_MAX),
}) satisfies z.ZodType<SignInBody, unknown>;

export const acceptInvitationSchema = z.strictObject({
  token: linkToken,
  password: newPasswordSchema,
  name: staffNameSchema.optional(),
}) satisfies z.ZodType<AcceptInvitationBody, unknown>;

export const requestResetSchema = z.strictObject({ email: emailSchema }) satisfies z.ZodType<RequestResetBody, unknown>;

export const resetPasswordSchema = z.strictObject({ token: linkToken, password: newPasswordSchema }) satisfies z.ZodType<
  ResetPasswordBody,
  unknown
>;

export const inviteSchema = z.strictObject({
  email: emailSchema,
  role: roleSchema,
  name: staffNameSchema.optional(),
}) satisfies z.ZodType<InviteBody, unknown>;

export const roleBodySchema = z.strictObject({ role: roleSchema }) satisfies z.ZodType<RoleBody, unknown>;
