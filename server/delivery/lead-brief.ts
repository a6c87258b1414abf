import type { ConsentRecord, LeadConversationRecord, LeadRecord, MessageRecord, SiteRecord } from '../store/records.js';
import { UNSAFE_CONTROLS } from '../../sdk/protocol/unsafe-text.js';
import { campaignLine, dollars, permissionLine, preferenceLine } from './lead-notes.js';
import { displayTime } from './zoned-time.js';

/** Visitor words as a salesperson should see them: a bidi override in a message must not reorder the email. */
const visible = (text: string) => text.replace(UNSAFE_CONTROLS, '');

export interface BriefLine {
  who: string;
  at: string;
  text: string;
}

/** Another conversation that gave the lead's phone or email, shown apart: its own words, consent and transcript. */
export interface BriefConversation {
  /** e.g. "Second conversation with this phone number: another visitor, from Sun, Dec 6, 1:13 PM EST". */
  title: string;
  facts: Array<{ label: string; value: string }>;
  consent: string;
  transcript: BriefLine[];
  transcriptCut: boolean;
}

/** What a salesperson needs from a lead, in reading order; the text and HTML emails both render this. */
export interface LeadBrief {
  /** "Call now", "Updated lead: call now" or "Do not contact". */
  urgency: string;
  /** What this update changed; empty for a new lead. */
  changes: string[];
  /** What the dealer may do, e.g. "Call back OK — no consent to texts or autodialed calls". */
  permission: string;
  name: string;
  phone?: { display: string; tel: string };
  email?: string;
  doNotContact: boolean;
  /** Label and value pairs: what they want, budget, trade-in, credit in their words, timeframe… */
  facts: Array<{ label: string; value: string }>;
  page?: { url: string; title?: string };
  summary: string;
  /** Questions Cathy left to a specialist, in the shopper's words. */
  openQuestions: string[];
  /** Says that other conversations gave the same phone or email, when they did. */
  notice?: string;
  transcript: BriefLine[];
  /** True when older messages were left out of `transcript`. */
  transcriptCut: boolean;
  consent: string;
  /** The other conversations, in the order they joined the lead. */
  others: BriefConversation[];
  /**
   * `conversation` opens it in the sales workspace (sign-in first when needed); `transcript` is the signed,
   * expiring read-only page that needs no sign-in, for whoever gets the email without a workspace account.
   */
  links: { conversation: string; transcript: string; lead: string };
  dealer: string;
}

export interface BriefInput {
  lead: LeadRecord;
  site: Pick<SiteRecord, 'name' | 'timezone' | 'persona'>;
  event: 'lead.created' | 'lead.updated';
  messages: MessageRecord[];
  transcriptCut: boolean;
  /** The other conversations' latest messages, by conversation id, and whether older ones were left out. */
  otherMessages?: Record<string, { messages: MessageRecord[]; cut: boolean }>;
  publicUrl: string;
  /** The signed, expiring link to the read-only conversation page. */
  conversationUrl: string;
}

const LANGUAGES: Record<string, string> = { es: 'Spanish' };

function wants(interest: LeadRecord['interest']): string {
  const vehicle = interest.vehicle ?? [interest.year, interest.make, interest.model].filter(Boolean).join(' ');
  if (vehicle) return interest.condition && !vehicle.toLowerCase().includes(interest.condition) ? `${interest.condition} ${vehicle}` : vehicle;
  return interest.condition ? `a ${interest.condition} vehicle` : 'not said yet';
}

function factsOf({ interest, language }: Pick<LeadRecord, 'interest' | 'language'>): LeadBrief['facts'] {
  const rows: Array<[string, string | undefined]> = [
    ['Wants', wants(interest)],
    ['Budget', interest.budget],
    ['Down payment', interest.downPayment !== undefined ? dollars(interest.downPayment) : undefined],
    ['Monthly budget', interest.monthlyBudget !== undefined ? `up to ${dollars(interest.monthlyBudget)}` : undefined],
    ['Trade-in', interest.tradeIn === 'none' ? 'none' : interest.tradeIn],
    ['Credit, in their words', interest.credit && `“${interest.credit}”`],
    ['Timeframe', interest.timeframe],
    ['Best time to call', interest.callTime],
    ['Texting', preferenceLine({ interest })],
    ['Language', LANGUAGES[language]],
  ];
  return rows.flatMap(([label, value]) => (value ? [{ label, value: visible(value) }] : []));
}

function campaignFact(lead: LeadRecord): LeadBrief['facts'] {
  const campaign = campaignLine(lead);
  return campaign ? [{ label: 'Came from', value: campaign }] : [];
}

const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth'];

function consentLine(consent: ConsentRecord, timeZone: string): string {
  const given = `Consent record: ${consent.level} at ${displayTime(consent.givenAt, timeZone)}; ${consent.level === 'contact_requested' ? 'their words' : 'disclosure'}: “${consent.text}”`;
  return consent.revokedAt ? `Consent withdrawn: this visitor opted out ${displayTime(consent.revokedAt, timeZone)}. ${given}` : given;
}

function transcriptOf(messages: MessageRecord[], site: BriefInput['site']): BriefLine[] {
  const cathy = site.persona.name || 'Cathy';
  return messages.map((message) => ({
    who: message.role === 'visitor' ? 'Visitor' : message.role === 'agent' ? `${message.author?.name ?? 'Agent'} (${site.name})` : cathy,
    at: displayTime(message.createdAt, site.timezone),
    text: visible(message.text),
  }));
}

function otherConversation(lead: LeadRecord, entry: LeadConversationRecord, index: number, input: BriefInput): BriefConversation {
  const { site } = input;
  const key = entry.contact.phone && entry.contact.phone === lead.contact.phone ? 'phone number' : entry.contact.phone ? 'phone number or email' : 'email';
  const who = entry.visitorId === lead.visitorId ? 'the same visitor' : 'another visitor (another browser or device)';
  const { contact } = entry;
  const said: LeadBrief['facts'] = [
    ...(contact.name ? [{ label: 'Name given', value: visible(contact.name) }] : []),
    ...(contact.phoneNational ?? contact.phone ? [{ label: 'Phone', value: contact.phoneNational ?? contact.phone ?? '' }] : []),
    ...(contact.email ? [{ label: 'Email', value: contact.email }] : []),
  ];
  const transcript = input.otherMessages?.[entry.conversationId];
  const ordinal = ORDINALS[index + 1];
  const which = ordinal ? `${ordinal} conversation` : `Conversation ${index + 2}`;
  return {
    title: `${which} with this ${key}: ${who}, from ${displayTime(entry.joinedAt, site.timezone)}`,
    facts: [...said, ...factsOf(entry)],
    consent: consentLine(entry.consent, site.timezone),
    transcript: transcriptOf(transcript?.messages ?? [], site),
    transcriptCut: transcript?.cut ?? false,
  };
}

export function leadBrief(input: BriefInput): LeadBrief {
  const { lead, site, event, messages, transcriptCut, publicUrl, conversationUrl } = input;
  const { contact } = lead;
  const reach = contact.phone ? 'call now' : 'email now';
  const urgency = lead.doNotContact
    ? 'Do not contact'
    : event === 'lead.updated'
      ? `Updated lead: ${reach}`
      : reach.charAt(0).toUpperCase() + reach.slice(1);
  const others = lead.conversations.slice(1).map((entry, index) => otherConversation(lead, entry, index, input));
  const notice =
    others.length === 0
      ? undefined
      : `${others.length === 1 ? 'A second conversation' : `${others.length} more conversations`} used the same phone number or email. ` +
        "What each said, its consent and its transcript are shown separately below; another visitor's words are never mixed into this lead.";
  return {
    urgency,
    permission: permissionLine(lead, site.timezone),
    changes: event === 'lead.updated' ? (lead.lastChanges ?? []) : [],
    name: contact.name ? visible(contact.name) : 'Name not given',
    ...(contact.phone ? { phone: { display: contact.phoneNational ?? contact.phone, tel: contact.phone } } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    doNotContact: lead.doNotContact,
    facts: [...factsOf(lead), ...campaignFact(lead)],
    ...(lead.source.page ? { page: { url: lead.source.page.url, title: lead.source.page.title && visible(lead.source.page.title) } } : {}),
    summary: visible(lead.summary),
    openQuestions: (lead.openQuestions ?? []).map(visible),
    ...(notice ? { notice } : {}),
    transcript: transcriptOf(messages, site),
    transcriptCut,
    consent: consentLine(lead.consent, site.timezone),
    others,
    links: {
      conversation: `${publicUrl}/console/conversations/${encodeURIComponent(lead.conversationId)}`,
      transcript: conversationUrl,
      lead: `${publicUrl}/v1/leads/${lead.id}`,
    },
    dealer: site.name,
  };
}

/** One line, for the subject: newlines or tabs a visitor typed must not reach a mail header. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** e.g. "Call now: Maria Lopez – used 2019 Honda CR-V | Sunrise Auto", or "Update: call time – Maria Lopez – …". */
export function leadSubject(brief: LeadBrief): string {
  const wanted = brief.facts.find((fact) => fact.label === 'Wants')?.value;
  const what = wanted && wanted !== 'not said yet' ? ` – ${wanted}` : '';
  if (brief.changes.length > 0 && !brief.doNotContact) return oneLine(`Update: ${brief.changes.join(', ')} – ${brief.name}${what} | ${brief.dealer}`).slice(0, 200);
  return oneLine(`${brief.urgency}: ${brief.name}${what} | ${brief.dealer}`).slice(0, 200);
}
