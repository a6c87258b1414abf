/**
 * Tokens in a text, estimated at four characters a token: close enough for English and Spanish chat
 * to bound a history window or a budget, and free of a tokenizer's megabytes and per-model tables.
 *
 * @example estimateTokens('Do you have a used SUV?') // 6
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
