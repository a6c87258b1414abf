import type { AskedSlot } from '../shoppers/shopper.js';
import { fold } from '../judge/fold.js';
import { questionsOf } from '../judge/sentences.js';

// Meanings, not wordings: each slot by the words a question about it cannot avoid, in English and Spanish.
// Order matters: a consent question mentions "that number", a phone ask may mention "a specialist".
const SLOT_CUES: Array<[AskedSlot, RegExp]> = [
  ['consent', /\b(?:ok(?:ay)?|alright|fine|agree|consent|permission|de acuerdo|esta bien|autoriza|acepta|permiso)\b.*\b(?:call|text|contact|llam|mensaj|contact)/],
  ['email', /\b(?:e-?mail|correo)\b/],
  ['phone', /\b(?:number|phone|cell|numero|telefono|celular|cel)\b/],
  ['callTime', /\b(?:best time|good time|what time|morning|afternoon|evening|manana o|tarde o|que hora|horario para)\b/],
  ['name', /\b(?:name|nombre|como te llamas|como se llama)\b/],
  ['tradeIn', /\b(?:trade|trading|a cuenta|a cambio|intercambi\w*|entregar)\b/],
  ['credit', /\b(?:credit|credito)\b/],
  ['budget', /\b(?:budget|monthly|a month|price range|presupuesto|mensual\w*|al mes|pago inicial|enganche)\b/],
  ['timeframe', /\b(?:when|how soon|timeframe|cuando|que tan pronto)\b/],
  ['condition', /\b(?:new or used|pre-?owned|nuevo o usado|seminuevo|usado o nuevo)\b/],
  ['vehicle', /\b(?:vehicle|car|truck|suv|looking for|shopping for|drive|vehiculo|carro|auto|camioneta|buscando|busca)\b/],
  ['handoff', /\b(?:person|someone|team|alguien|persona|equipo)\b/],
];

/**
 * The slot Cathy's reply asks about, judged from its last question; a reply that shows the consent
 * disclosure is a phone ask whatever its words.
 */
export function cathyAsks(text: string, disclosure: boolean): AskedSlot | undefined {
  const last = questionsOf(text).at(-1);
  if (!last) return disclosure ? 'phone' : undefined;
  const plain = fold(last);
  const found = SLOT_CUES.find(([, cue]) => cue.test(plain))?.[0];
  if (disclosure && found !== 'consent') return 'phone';
  return found;
}

/** True when the reply asks for the shopper's phone number. */
export function asksForPhone(text: string, disclosure: boolean): boolean {
  return cathyAsks(text, disclosure) === 'phone';
}
