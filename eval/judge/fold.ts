import { fold as foldCase } from '../../server/capture/text.js';

/** Folded (lower case, no accents) with straight apostrophes, so checks read "número" and "numero", "don’t" and "don't" alike. */
export function fold(text: string): string {
  return foldCase(text).replace(/[’‘`]/g, "'");
}
