import type { CapturedFacts } from '../capture/facts.js';

const WORD = /[\p{L}\p{N}@._+-]+/gu;

/** Lowercased words of a free text, as the inbox search splits both what it stores and what is typed. */
export function searchWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((word) => word.length > 0);
}

/**
 * What the inbox search finds a conversation by: the shopper's names, email (whole and its local part), the
 * last four digits of the phone, and the vehicle's words. Never the whole phone number: staff look a
 * shopper up by the end of it, as they would on a caller id.
 */
export function searchTerms(facts: CapturedFacts): string[] {
  const terms = new Set<string>();
  for (const name of [facts.firstName, facts.lastName]) for (const word of searchWords(name ?? '')) terms.add(word);
  if (facts.email) {
    const email = facts.email.toLowerCase();
    terms.add(email);
    terms.add(email.split('@')[0] ?? email);
  }
  const digits = facts.phone?.replace(/\D/g, '') ?? '';
  if (digits.length >= 4) terms.add(digits.slice(-4));
  const vehicle = facts.vehicle;
  if (vehicle) {
    for (const word of searchWords([vehicle.text, vehicle.make, vehicle.model, vehicle.year].filter(Boolean).join(' '))) terms.add(word);
  }
  return [...terms];
}

/**
 * A conversation (or a patch of one) with its `searchTerms` refreshed when it carries facts, so both are one
 * write. No terms is no field (a patch removes it), as conversations without facts were always stored.
 */
export function withSearchTerms<P extends { facts?: CapturedFacts }>(patch: P): P & { searchTerms?: string[] } {
  if (!patch.facts) return patch;
  const terms = searchTerms(patch.facts);
  return { ...patch, searchTerms: terms.length > 0 ? terms : undefined };
}
