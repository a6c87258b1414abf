import type { Locale } from '../../../sdk/protocol/index.js';
import type { VehicleInterest } from '../../capture/facts.js';
import type { ResponderInput } from '../responder.js';
import { detectIntents, type Intent } from '../../understanding/intents.js';
import type { Slot } from './next-step.js';
import { safeEcho } from './safe-echo.js';
import { createNewSpeaker, createSpeaker, splitSentences, type Say, type SayNew } from './speaker.js';
import type { Reading, Slot as ReadingSlot } from '../../understanding/reading.js';
import { understand } from '../../understanding/understand.js';

/** Everything the parts of a reply share, worked out once per message. */
export interface ReplyContext {
  input: ResponderInput;
  locale: Locale;
  say: Say;
  /** For lines a reply can do without ("Anything else?"): nothing once every phrasing was said. */
  sayNew: SayNew;
  intents: Set<Intent>;
  /** The visitor's first name, when safe to repeat. */
  name?: string;
  /** The vehicle in the visitor's words, when safe to repeat. */
  vehicle?: string;
  dealer: string;
  /** This message understood (see server/understanding). */
  reading: Reading;
  /** Sentences already said in the conversation (and in this reply, as it is built). */
  said: Set<string>;
  /** The visitor said their credit is good (a score of 680 or more, or "good"/"excellent"). */
  strongCredit: boolean;
}

const STRONG_SCORE = 680;
const STRONG_WORDS = /\b(?:good|great|excellent|perfect|strong|solid|buen[oa]?|excelente|muy buen[oa]?)\b/i;
const WEAK_WORDS = /\b(?:not|no|bad|poor|low|rough|mal[oa]?|bajo|repo\w*|bankrupt\w*|collections?)\b/i;

/** Good credit by the visitor's own account: such a visitor never hears "every credit situation is welcome". */
export function hasStrongCredit(credit: string | undefined, reading: Reading): boolean {
  const score = reading.entities.credit?.score ?? Number(/\b([3-8]\d\d)\b/.exec(credit ?? '')?.[1]);
  if (Number.isFinite(score) && score >= 300) return score >= STRONG_SCORE;
  const words = `${credit ?? ''} ${reading.entities.credit?.text ?? ''}`;
  return STRONG_WORDS.test(words) && !WEAK_WORDS.test(words);
}

/** Every sentence Cathy has said in the recent conversation, so none is said twice. */
function sentencesSaid(input: ResponderInput): Set<string> {
  return new Set(input.history.filter((m) => m.role === 'assistant').flatMap((m) => splitSentences(m.text)));
}

/** A question Cathy ends on; `slot` becomes `lastQuestion` so a short answer can fill it. */
export interface Ask {
  slot: Slot | 'consent' | 'handoff';
  text: string;
}

/**
 * The vehicle as Cathy would say it: "2019 Honda CR-V" from the parts found, or the visitor's own short
 * words for a type ("SUV"); nothing when that would read oddly, like a bare year.
 */
function vehicleWords(vehicle: VehicleInterest | undefined, locale: Locale): string | undefined {
  if (!vehicle) return undefined;
  if (vehicle.make || vehicle.model) return [vehicle.year, vehicle.make, vehicle.model].filter(Boolean).join(' ');
  // A bare Spanish noun needs an article of the right gender, which the phrase cannot know.
  if (locale !== 'en' || !vehicle.bodyType) return undefined;
  // "electric" or "hybrid" alone is an adjective; phrases need a noun ("an electric vehicle").
  return /^(?:electric|ev|hybrid|plug-in hybrid)$/i.test(vehicle.bodyType) ? `${vehicle.bodyType.toLowerCase()} vehicle` : vehicle.bodyType;
}

export function createContext(input: ResponderInput): ReplyContext {
  // The message's own language wins, so a visitor who switches to Spanish is answered in Spanish at once.
  const locale = input.extraction.language ?? input.locale;
  const reading =
    input.reading ??
    understand(input.text, { lastQuestion: input.state.lastQuestion as ReadingSlot | undefined, locale, defaultCountry: 'US', now: input.now }, { extraction: input.extraction });
  const said = sentencesSaid(input);
  return {
    reading,
    said,
    strongCredit: hasStrongCredit(input.facts.credit, reading),
    input,
    locale,
    say: createSpeaker(locale, `${input.conversationId}:${input.state.turn}`, said),
    sayNew: createNewSpeaker(locale, `${input.conversationId}:${input.state.turn}`, said),
    intents: detectIntents(input.text),
    name: safeEcho(input.facts.firstName ?? input.extraction.facts.firstName),
    vehicle: safeEcho(vehicleWords(input.facts.vehicle ?? input.extraction.facts.vehicle, locale)),
    dealer: input.site.name,
  };
}
