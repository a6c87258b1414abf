import type { Locale } from '../../../sdk/protocol/index.js';
import type { DealerKnowledge, KnownFact, Said } from './knowledge-schema.js';

/** The policy that holds at every dealership using Cathy: chatting is not a credit application (docs/dealer-knowledge.md). */
export const DEFAULT_CREDIT_PULL: Record<Locale, string> = {
  en: 'Chatting here never affects your credit, and an application is only submitted with your permission.',
  es: 'Conversar aquí nunca afecta su crédito, y una solicitud solo se envía con su permiso.',
};

const inLocale = (value: Said, locale: Locale): string => (typeof value === 'string' ? value : locale === 'es' ? (value.es ?? value.en) : value.en);

/**
 * A dealer fact in the visitor's language, or `undefined` when the dealer has not set it (never a guess).
 * The credit-pull policy has a default, as Cathy itself never pulls credit.
 *
 * @example knowledgeText(site.knowledge, 'walkIns', 'es') // 'Sí, puede venir sin cita…'
 */
export function knowledgeText(knowledge: DealerKnowledge | undefined, fact: KnownFact, locale: Locale): string | undefined {
  const value = knowledge?.[fact];
  if (value !== undefined) return inLocale(value, locale);
  return fact === 'creditPull' ? DEFAULT_CREDIT_PULL[locale] : undefined;
}
