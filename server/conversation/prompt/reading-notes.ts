import type { ReplyMeta, ResponderInput } from '../responder.js';

const TOPIC_NAMES: Record<string, string> = {
  stock: 'what is in stock', price: 'price', payment: 'rates or payments', approval: 'getting financed', creditPull: 'whether this affects their credit',
  process: 'how buying works', documents: 'what to bring', tradeInValue: 'trade-in value', payoff: 'a trade-in with a loan still owed',
  leasing: 'leasing', cosigner: 'a co-signer', itin: 'buying with an ITIN', selfEmployed: 'self-employed or cash income',
  downPayment: 'the down payment', hours: 'opening hours (answer for the day they name)', location: 'where the dealership is',
  transit: 'getting there without a car', testDrive: 'test drives and appointments', walkIns: 'walking in', texting: 'being texted (say yes; it is noted)',
  languages: 'languages the staff speak', warranty: 'warranty', person: 'talking to a person', bot: 'whether you are a bot',
  whenCall: 'when the team will call (from the hours above)', gaveNumber: 'a number they already gave (confirm its last four digits only)',
  stillThere: 'whether you are still there', dealerPhone: "the dealership's phone", whatNext: 'what else is needed', other: 'something not listed',
};

/**
 * What understanding read in this message and what the policy decided from it, for the model: the
 * topics to answer first, and the course the visitor set (browsing, upset, wary, first question). Only
 * enums and server-side values, never visitor text.
 *
 * @example readingNotes(input, meta) // ['Answer first, in order: opening hours (…), walking in.', …]
 */
export function readingNotes(input: ResponderInput, meta: ReplyMeta): string[] {
  const reading = input.reading;
  if (!reading) return [];
  const has = (kind: string) => reading.acts.some((act) => act.kind === kind);
  const topics = [...new Set(reading.acts.flatMap((act) => (act.kind === 'question' ? [TOPIC_NAMES[act.topic] ?? act.topic] : [])))];
  const notes: string[] = [];
  if (topics.length > 0) notes.push(`Answer first, every question, in order: ${topics.join('; ')}. Use the dealership facts; where a fact is not on file, say a specialist will confirm.`);
  if (has('hostility') || has('complaint')) notes.push('They are upset: apologise briefly and calmly, offer a manager, and ask for no contact details.');
  if (has('scamWorry')) notes.push('They worry this is a scam: say this is the dealership’s own chat, chatting never affects credit, their details are not sold; offer a manager; ask for no contact details.');
  if (meta.state.browsing) notes.push('They are just looking: stop qualifying, point them to the inventory on the site, and stay available.');
  if (input.state.deferred) notes.push('You already said once that a specialist will go over something: do not say it again.');
  if (input.site.knowledge?.inventory?.conditions.length === 1) notes.push(`The dealership sells ${input.site.knowledge.inventory.conditions[0]} vehicles only: never ask new or used.`);
  return notes;
}
