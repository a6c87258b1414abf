import type { ParseArgsConfig } from 'node:util';
import type { SiteSettings } from './site-input.js';

export const SITE_FLAGS = {
  name: { type: 'string' },
  origin: { type: 'string', multiple: true },
  'lead-email': { type: 'string', multiple: true },
  'adf-email': { type: 'string', multiple: true },
  'adf-xml-declaration': { type: 'string' },
  'adf-phone': { type: 'string' },
  'adf-attachment': { type: 'string' },
  'webhook-url': { type: 'string' },
  'webhook-secret': { type: 'string' },
  timezone: { type: 'string' },
  country: { type: 'string' },
  locale: { type: 'string' },
  phone: { type: 'string' },
  address: { type: 'string' },
  'privacy-url': { type: 'string' },
  'persona-name': { type: 'string' },
  greeting: { type: 'string' },
  accent: { type: 'string' },
  position: { type: 'string' },
  'handoff-timeout': { type: 'string' },
  'escalate-on': { type: 'string', multiple: true },
  file: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

type Values = { [K in keyof typeof SITE_FLAGS]?: (typeof SITE_FLAGS)[K] extends { multiple: true } ? string[] : (typeof SITE_FLAGS)[K] extends { type: 'boolean' } ? boolean : string };

/** `yes`/`no` as booleans; anything else is passed on for the settings schema to refuse by name. */
function yesNo(value: string): boolean | string {
  return value === 'yes' ? true : value === 'no' ? false : value;
}

/** Digits as a number; anything else is passed on for the settings schema to refuse by name. */
function wholeNumber(value: string): number | string {
  return /^\d{1,6}$/.test(value.trim()) ? Number(value) : value;
}

/** Turns flags into a settings patch; validation happens once, on the merged settings. */
export function settingsFromFlags(values: Values): Partial<SiteSettings> {
  const patch: Record<string, unknown> = {};
  if (values.name !== undefined) patch.name = values.name;
  if (values.origin) patch.allowedOrigins = values.origin;
  if (values['lead-email']) patch.leadRecipients = values['lead-email'];
  if (values['adf-email']) patch.adfRecipients = values['adf-email'];
  const adf: Record<string, unknown> = {};
  if (values['adf-xml-declaration'] !== undefined) adf.xmlDeclaration = yesNo(values['adf-xml-declaration']);
  if (values['adf-phone'] !== undefined) adf.phoneFormat = values['adf-phone'];
  if (values['adf-attachment'] !== undefined) adf.attachment = yesNo(values['adf-attachment']);
  if (Object.keys(adf).length > 0) patch.adf = adf;
  if (values['webhook-url'] !== undefined || values['webhook-secret'] !== undefined) {
    patch.webhook = { url: values['webhook-url'], secret: values['webhook-secret'] };
  }
  if (values.timezone !== undefined) patch.timezone = values.timezone;
  if (values.country !== undefined) patch.defaultCountry = values.country;
  if (values.locale !== undefined) patch.locale = values.locale;
  if (values.phone !== undefined) patch.phone = values.phone;
  if (values.address !== undefined) patch.address = values.address;
  if (values['privacy-url'] !== undefined) patch.privacyUrl = values['privacy-url'];
  const persona: Record<string, string> = {};
  if (values['persona-name'] !== undefined) persona.name = values['persona-name'];
  if (values.greeting !== undefined) persona.greeting = values.greeting;
  if (Object.keys(persona).length > 0) patch.persona = persona;
  const theme: Record<string, string> = {};
  if (values.accent !== undefined) theme.accent = values.accent;
  if (values.position !== undefined) theme.position = values.position;
  if (Object.keys(theme).length > 0) patch.theme = theme;
  const handoff: Record<string, unknown> = {};
  if (values['handoff-timeout'] !== undefined) handoff.timeoutSeconds = wholeNumber(values['handoff-timeout']);
  // Repeated or comma-separated; the list replaces the site's, and `--escalate-on ""` empties it.
  if (values['escalate-on']) handoff.rules = values['escalate-on'].flatMap((value) => value.split(',')).map((phrase) => phrase.trim()).filter(Boolean);
  if (Object.keys(handoff).length > 0) patch.handoff = handoff;
  return patch as Partial<SiteSettings>;
}

export const USAGE = `Usage: npm run site -- <command> [flags]

Commands:
  create --name NAME --origin ORIGIN [--origin …] [flags]   create a site; prints its keys (secret shown once)
  list                                                      list sites
  show <siteId|pk_…>                                        settings and identity secret (never the secret key)
  update <siteId|pk_…> [flags]                              change settings (--origin replaces the list)
  rotate-secret <siteId|pk_…>                               issue a new secret key; the old one stops working
  knowledge set <siteId|pk_…> --file knowledge.yaml|.json   what Cathy may tell shoppers about the dealership
  knowledge show <siteId|pk_…>                              the dealer knowledge on file
  staff add <siteId|pk_…> --email EMAIL --role ROLE         invite a person to the workspace (owner|manager|salesperson)
  staff list <siteId|pk_…>                                  the site's people and roles
  staff remove <siteId|pk_…> --email EMAIL                  take a person off the site's team
                                                            (npm run site -- staff --help for more)

Flags:
  --lead-email EMAIL (repeatable)   salespeople who get the readable lead email
  --adf-email EMAIL (repeatable)    CRM intake addresses for ADF XML
  --adf-xml-declaration yes|no      drop <?xml …?> for CRMs that refuse it (default yes)
  --adf-phone digits|e164           phone format in ADF (default digits: 10 digits for US/Canada)
  --adf-attachment yes|no           also attach lead.xml to the ADF email (default no)
  --webhook-url URL --webhook-secret SECRET
  --timezone America/New_York  --country US  --locale en|es
  --phone "(305) 555-0100"  --address "…"
  --privacy-url URL                 the dealer's privacy policy, linked from the chat's recorded-chat notice
  --persona-name Cathy  --greeting "…"  --accent "#0b6bcb"  --position right|left
  --handoff-timeout SECONDS         how long a shopper waits for a person in business hours before Cathy says
                                    nobody came (5–900, default 60)
  --escalate-on "PHRASE" (repeatable or comma-separated)
                                    the dealer's own phrases that call for a person, e.g. "lease return";
                                    replaces the list (--escalate-on "" empties it)
  --json                            machine-readable output (run as "npm run --silent site -- …")
`;
