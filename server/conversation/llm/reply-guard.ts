import { FORBIDDEN_PHRASES } from '../forbidden-phrases.js';

// Long enough that a normal sentence never matches a line of the prompt by chance.
const LEAK_PROBE = 40;

/**
 * The rule a reply breaks, or `undefined`. The prompt asks the model to avoid these, but a prompt is a
 * request, not a guarantee: a reply that breaks one is replaced by the offline reply before it is stored.
 * A reply quoting a line of the system prompt is a leak.
 *
 * @example guardViolation('You are pre-approved!', prompt) // 'approval'
 */
export function guardViolation(text: string, systemPrompt: string): string | undefined {
  for (const [rule, pattern] of FORBIDDEN_PHRASES) if (pattern.test(text)) return rule;
  const probes = systemPrompt.split('\n').map((line) => line.replace(/^[-#]\s*/, '').slice(0, LEAK_PROBE));
  if (probes.some((probe) => probe.length === LEAK_PROBE && text.includes(probe))) return 'prompt leak';
  return undefined;
}

export class ReplyGuardError extends Error {
  override name = 'ReplyGuardError';
  constructor(readonly rule: string) {
    super(`The model's reply broke a guardrail (${rule}); the offline reply is used instead.`);
  }
}
