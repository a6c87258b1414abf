import { z } from 'zod';
import { HANDOFF_RULE_LIMITS, HANDOFF_TIMEOUT_SECONDS } from '../handoff/handoff-settings.js';
import { originPatternError } from './origins.js';

const origin = z.string().trim().superRefine((value, ctx) => {
  const problem = originPatternError(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const timezone = z.string().refine((value) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA timezone such as America/New_York');

const { min, max } = HANDOFF_TIMEOUT_SECONDS;
const timeoutSeconds = z
  .number({ error: `must be a whole number of seconds from ${min} to ${max}` })
  .int(`must be a whole number of seconds from ${min} to ${max}`)
  .min(min, `must be at least ${min} seconds`)
  .max(max, `must be at most ${max} seconds (15 minutes)`);
const rule = z
  .string()
  .trim()
  .min(HANDOFF_RULE_LIMITS.minChars, `must be at least ${HANDOFF_RULE_LIMITS.minChars} characters`)
  .max(HANDOFF_RULE_LIMITS.maxChars, `must be at most ${HANDOFF_RULE_LIMITS.maxChars} characters`)
  .regex(/[\p{L}\p{N}]/u, 'must hold a word');

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');
const dayHours = z.strictObject({ open: hhmm, close: hhmm });

/** Everything an admin may set on a site; the CLI and any admin API validate with this. */
export const siteSettingsSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  allowedOrigins: z.array(origin).min(1).max(50),
  leadRecipients: z.array(z.email()).max(20),
  adfRecipients: z.array(z.email()).max(20),
  webhook: z.strictObject({ url: z.url({ protocol: /^https?$/ }), secret: z.string().min(16).max(200) }).optional(),
  adf: z
    .strictObject({
      xmlDeclaration: z.boolean().optional(),
      phoneFormat: z.enum(['digits', 'e164']).optional(),
      attachment: z.boolean().optional(),
    })
    .optional(),
  timezone,
  businessHours: z.partialRecord(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']), dayHours),
  defaultCountry: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code such as US'),
  locale: z.enum(['en', 'es']),
  phone: z.string().trim().min(7).max(30).optional(),
  address: z.string().trim().min(3).max(300).optional(),
  privacyUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://dealer.example/privacy' }).max(2048).optional(),
  persona: z.strictObject({
    name: z.string().trim().min(1).max(60),
    greeting: z.string().trim().max(500),
    avatarUrl: z.url({ protocol: /^https?$/ }).optional(),
    status: z.string().max(80).optional(),
    tone: z.enum(['warm', 'professional', 'upbeat']).optional(),
    instructions: z.string().max(4000).optional(),
    language: z.enum(['en', 'es']).optional(),
  }),
  theme: z.strictObject({
    accent: z.string().regex(/^#[0-9a-fA-F]{3,8}$/, 'must be a hex color such as #0a7cff').optional(),
    position: z.enum(['right', 'left']).optional(),
    mode: z.enum(['light', 'dark', 'auto']).optional(),
    zIndex: z.number().int().min(0).max(2147483647).optional(),
  }),
  /** Live takeover: how long a shopper waits for a person, and the dealer's own phrases that call for one. */
  handoff: z
    .strictObject({ timeoutSeconds, rules: z.array(rule).max(HANDOFF_RULE_LIMITS.count, `at most ${HANDOFF_RULE_LIMITS.count} phrases`) })
    .optional(),
  consentText: z.partialRecord(z.enum(['en', 'es']), z.string().trim().min(40).max(1000)).optional(),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export const DEFAULT_BUSINESS_HOURS: SiteSettings['businessHours'] = {
  mon: { open: '09:00', close: '19:00' },
  tue: { open: '09:00', close: '19:00' },
  wed: { open: '09:00', close: '19:00' },
  thu: { open: '09:00', close: '19:00' },
  fri: { open: '09:00', close: '19:00' },
  sat: { open: '09:00', close: '17:00' },
};

/** Fills what an admin left out with defaults a US dealer would pick. */
export function withDefaults(input: Partial<SiteSettings> & Pick<SiteSettings, 'name' | 'allowedOrigins'>): unknown {
  return {
    leadRecipients: [],
    adfRecipients: [],
    timezone: 'America/New_York',
    businessHours: DEFAULT_BUSINESS_HOURS,
    defaultCountry: 'US',
    locale: 'en',
    theme: {},
    ...input,
    persona: { name: 'Cathy', greeting: '', ...input.persona },
  };
}
