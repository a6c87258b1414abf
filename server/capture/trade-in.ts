import type { TradeIn } from './facts.js';
import { fold, type Span } from './text.js';

export interface TradeInScan {
  tradeIn?: TradeIn;
  /** The trade-in phrase, to mask before looking for the vehicle the visitor wants. */
  span?: Span;
}

const TRADE_IN = String.raw`trade(?:[\s-]?in)?`;
const TRADE = `(?:${TRADE_IN}|dar a cuenta|dar a cambio|dar de cuenta|cambio|intercambio|dar en parte de pago)`;
const WANT_TO = String.raw`(?:to|for|(?:that |which )?i (?:want|would like|need|plan) to|para|de|que quiero)`;
// The trade-in vehicle ends where the sentence turns to what they want: "for", "and", a comma…
const STOP = 'for|and|to|but|because|with|that|which|y|para|por|pero|que|porque';
const VEHICLE = String.raw`((?:(?!\b(?:${STOP})\b)[^,.;!?\n])+?)`;
const VEHICLE_END = String.raw`(?=\s+(?:${STOP})\b|[,.;!?\n]|$)`;
const DETERMINER = /^(?:my|a|an|the|our|his|her|mi|un|una|el|la|nuestro|nuestra)\s+/;

const NO_TRADE = [
  /\bno trade(?:[\s-]?ins?)?\b/,
  /\b(?:don'?t|do not|dont) have (?:a |any )?(?:trade|car to trade|vehicle to trade)/,
  /\b(?:without|nothing to) (?:a )?trade/,
  /\bno tengo (?:una? )?(?:nada|carro|auto|coche|troca|vehiculo)? ?(?:para|de|a) (?:dar|trade|cambio|intercambio)/,
  /\bsin (?:trade|carro para (?:dar|cambio))/,
  // "no i dont have a car": nothing to trade, not a wanted "car".
  /\b(?:don'?t|do not|dont|doesn'?t) (?:have|own) (?:a |any )?(?:car|vehicle|ride)(?! (?:loan|payment|note))\b/,
  /\bno (?:tengo|tiene) (?:carro|auto|coche|vehiculo)\b/,
];
const WITH_VEHICLE = [
  new RegExp(String.raw`\b(?:my )?${TRADE_IN} (?:is|would be|will be) ${VEHICLE}${VEHICLE_END}`, 'd'),
  new RegExp(String.raw`\b(?:${TRADE_IN}|trading(?:[\s-]?in)?)(?: value (?:of|for|on))? ${VEHICLE}${VEHICLE_END}`, 'd'),
  new RegExp(String.raw`\b(?:have|got|tengo|traigo) ${VEHICLE}\s+${WANT_TO} ${TRADE}\b`, 'd'),
  new RegExp(String.raw`\bdar (?:mi|un|una|el|la) ${VEHICLE}\s+(?:a cuenta|a cambio|de cuenta|en parte de pago)\b`, 'd'),
];
const HAS_TRADE = new RegExp(
  String.raw`\b(?:(?:have|got|with) a ${TRADE_IN}|(?:tengo|traigo) (?:un )?(?:${TRADE_IN}|carro para (?:dar|cambio)))\b`,
);
const NOT_A_VEHICLE = /^(?:it|this|that|one|something|anything|up|down|in|it in|lo|algo)$/;

/**
 * Finds whether the visitor has a vehicle to trade in, and which one in their words.
 *
 * @example
 * findTradeIn('I want to trade in my 2015 Civic for an SUV').tradeIn; // { has: true, text: '2015 Civic' }
 */
export function findTradeIn(text: string): TradeInScan {
  const folded = fold(text);
  for (const pattern of NO_TRADE) {
    const m = pattern.exec(folded);
    if (m) return { tradeIn: { has: false }, span: [m.index, m.index + m[0].length] };
  }
  // "trade in" at the end of "I have a 2012 Corolla to trade in" names no vehicle itself; a later
  // pattern may still find the vehicle, so a vehicle-less match is only the fallback.
  let vague: TradeInScan | undefined;
  for (const pattern of WITH_VEHICLE) {
    const m = pattern.exec(folded);
    const phrase = m?.indices?.[1];
    if (!m || !phrase) continue;
    const span: Span = [m.index, m.index + m[0].length];
    const own = text.slice(phrase[0], phrase[1]).trim();
    const described = own.slice(fold(own).match(DETERMINER)?.[0].length ?? 0);
    if (!NOT_A_VEHICLE.test(fold(described))) return { tradeIn: { has: true, text: described }, span };
    vague ??= { tradeIn: { has: true }, span };
  }
  if (vague) return vague;
  const m = HAS_TRADE.exec(folded);
  return m ? { tradeIn: { has: true }, span: [m.index, m.index + m[0].length] } : {};
}
