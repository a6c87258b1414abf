import { z } from 'zod';
import type { AgentMessageBody, ProfileBody, TakeoverBody } from '../../sdk/protocol/index.js';
import { messageSendSchema } from '../../sdk/protocol/schemas.js';

// The bodies of the live-takeover staff routes (docs/staff-api.md). Strict, like every staff body.

/** `POST /v1/staff/conversations/:id/takeover`. */
export const takeoverBody = z.strictObject({ force: z.boolean().optional() }) satisfies z.ZodType<TakeoverBody>;

/** `POST /v1/staff/conversations/:id/handback`. */
export const handbackBody = z.strictObject({});

/** `POST /v1/staff/conversations/:id/messages`: the shopper's own message rules (length, controls). */
export const agentMessageBody = messageSendSchema satisfies z.ZodType<AgentMessageBody>;

/** `PATCH /v1/staff/me`: an avatar only over https (a shopper's page loads it), null removes it. */
export const profileBody = z
  .strictObject({
    name: z.string().trim().min(1).max(80).optional(),
    avatarUrl: z
      .string()
      .max(500)
      .refine((value) => /^https:\/\//i.test(value) && URL.canParse(value), 'must be an https URL')
      .nullable()
      .optional(),
  })
  .refine((body) => body.name !== undefined || body.avatarUrl !== undefined, 'give name or avatarUrl') satisfies z.ZodType<ProfileBody>;
