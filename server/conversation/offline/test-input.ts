import { DEFAULT_BUSINESS_HOURS } from '../../sites/site-input.js';
import type { CapturedFacts, Extraction } from '../../capture/facts.js';
import type { ConversationState } from '../../store/records.js';
import type { ContactOutcome, ReplyMeta, ResponderInput, ResponderSite } from '../responder.js';
import { createOfflineResponder } from './offline-responder.js';

/** Tuesday 2024-03-05 11:00 in Los Angeles: the dealership is open. */
export const OPEN_NOW = new Date('2024-03-05T19:00:00Z');
/** Tuesday 2024-03-05 21:00 in Los Angeles: closed until Wednesday 9:00. */
export const AFTER_HOURS = new Date('2024-03-06T05:00:00Z');

export const SITE: ResponderSite = {
  id: 'site_1',
  name: 'Sunrise Auto',
  persona: { name: 'Cathy', greeting: 'Hi!' },
  timezone: 'America/Los_Angeles',
  businessHours: { ...DEFAULT_BUSINESS_HOURS, sat: { open: '10:00', close: '17:00' } },
  phone: '(555) 010-0000',
  address: '100 Main St, Springfield',
  locale: 'en',
};

export interface InputOverrides {
  text?: string;
  conversationId?: string;
  locale?: ResponderInput['locale'];
  now?: Date;
  site?: Partial<ResponderSite>;
  facts?: CapturedFacts;
  extraction?: Partial<Extraction>;
  state?: Partial<ConversationState>;
  contact?: ContactOutcome;
  returning?: boolean;
  escalation?: ResponderInput['escalation'];
}

export function buildInput(overrides: InputOverrides = {}): ResponderInput {
  const text = overrides.text ?? 'hi';
  const conversationId = overrides.conversationId ?? 'conv_1';
  return {
    site: { ...SITE, ...overrides.site },
    conversationId,
    locale: overrides.locale ?? 'en',
    now: overrides.now ?? OPEN_NOW,
    history: [{ id: 'm1', conversationId, role: 'visitor', text, createdAt: OPEN_NOW.toISOString() }],
    text,
    extraction: { phones: [], emails: [], facts: {}, optOut: false, affirmative: false, negative: false, ...overrides.extraction },
    facts: overrides.facts ?? {},
    state: { turn: 0, phoneAsks: 0, declinedPhone: false, optedOut: false, humanRequested: false, ...overrides.state },
    contact: overrides.contact ?? { kind: 'none' },
    visitor: { returning: overrides.returning ?? false, pages: [] },
    ...(overrides.escalation && { escalation: overrides.escalation }),
  };
}

/** A visitor who has told Cathy everything but a phone number. */
export const QUALIFIED: CapturedFacts = {
  vehicle: { text: 'Honda CR-V' },
  condition: 'used',
  budget: { text: 'about 350 a month' },
  tradeIn: { has: false },
  credit: 'rebuilding',
  timeframe: 'this month',
  firstName: 'Maria',
};

/** Overrides for a message written in Spanish. */
export const ES = { locale: 'es', extraction: { language: 'es' } } as const;

export interface Replied {
  text: string;
  meta: ReplyMeta;
  deltas: number;
}

export async function reply(input: ResponderInput): Promise<Replied> {
  let text = '';
  let deltas = 0;
  for await (const chunk of createOfflineResponder().respond(input)) {
    if (chunk.type === 'done') return { text, meta: chunk.meta, deltas };
    text += chunk.text;
    deltas += 1;
  }
  throw new Error('The responder ended without a done chunk');
}

/** Enough conversations that every phrasing of a short list shows up. */
const CONVERSATION_IDS = Array.from({ length: 12 }, (_, i) => `conv_${i}`);

/** The same message in many conversations, so an assertion holds for every phrasing. */
export function acrossConversations(overrides: InputOverrides): Promise<Replied[]> {
  return Promise.all(CONVERSATION_IDS.map((conversationId) => reply(buildInput({ ...overrides, conversationId }))));
}

/** Plays several turns, carrying facts and the reply's state forward the way the engine does. */
export function createChat(start: InputOverrides = {}) {
  let facts: CapturedFacts = { ...start.facts };
  let state = buildInput(start).state;
  return {
    get state() {
      return state;
    },
    async send(text: string, turn: Omit<InputOverrides, 'text' | 'state'> = {}): Promise<Replied> {
      facts = { ...facts, ...turn.extraction?.facts, ...turn.facts };
      const replied = await reply(buildInput({ ...start, ...turn, text, facts, state }));
      state = { ...state, ...replied.meta.state };
      return replied;
    },
  };
}
