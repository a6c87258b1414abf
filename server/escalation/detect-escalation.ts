import type { EscalationReason } from '../../sdk/protocol/index.js';
import { normalize } from '../understanding/normalize.js';
import type { Reading } from '../understanding/reading.js';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A site rule's phrase as whole words of the normalized text: "lease" matches "my lease ends", never "release". */
function mentions(plain: string, phrase: string): boolean {
  const words = normalize(phrase).trim();
  if (!words) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, 'u').test(plain);
}

// A question that opens like this asks about someone ("what does the sales manager do?"), unless it also asks to
// talk to them (the reading's `person` topic: "can I speak to your manager?").
const ABOUT = /^(?:(?:so|and|but|hey|hi|ok|okay|y|pero|oye|hola) )*(?:what|who|whose|which|why|how|does|do|did|is|are|was|were|que|quien|quienes|cual|por que)\b/;

/** "is the manager nice?": the understanding reads a manager request in any mention; a question about one is none. */
function aboutTheTeam(reading: Reading, text: string): boolean {
  return !reading.acts.some((act) => act.kind === 'question' && act.topic === 'person') && ABOUT.test(normalize(text));
}

/**
 * Why a message calls for a person, if it does: the shopper asks for one or for a manager (any wording the
 * understanding layer reads, EN and ES), writes with hostility or complains, or uses one of the site's own phrases
 * (`site.handoff.rules`). A question about the team ("how many salespeople work there?") is no call for one.
 *
 * @example escalationReason(reading, 'my lease return is due', ['lease return']) // 'rule'
 */
export function escalationReason(reading: Reading, text: string, rules: readonly string[]): EscalationReason | undefined {
  const acts = reading.acts;
  const requested = (kind: string) => acts.some((act) => act.kind === 'request' && act.request === kind);
  if (requested('person')) return 'asked';
  if (requested('manager') && !aboutTheTeam(reading, text)) return 'asked';
  if (acts.some((act) => act.kind === 'hostility' || act.kind === 'complaint')) return 'hostility';
  if (rules.length === 0) return undefined;
  const plain = normalize(text);
  return rules.some((phrase) => mentions(plain, phrase)) ? 'rule' : undefined;
}
