/** A half-open range `[start, end)` of UTF-16 offsets in a message. */
export type Span = readonly [start: number, end: number];

const ASCII = /^[\x00-\x7f]*$/;
// Letters that can carry accents (Latin, Greek, Cyrillic, and their extended blocks); İ is the one letter whose
// lower case is longer, and it is among them. Text with none of these (emoji, RTL marks, CJK) only lower-cases.
const ACCENTABLE = /[\u00c0-\u04ff\u1e00-\u1fff]/;

/**
 * Lower-cases and strips accents while keeping every offset where it was, so a match found in the folded
 * text can be cut from the original and given back in the visitor's own words.
 */
export function fold(text: string): string {
  // Most messages are plain ASCII, which has nothing to strip: lower-casing is the whole fold, at a fraction
  // of the per-character normalisation's cost (every extractor folds the message).
  if (ASCII.test(text) || !ACCENTABLE.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    out += base.length === ch.length ? base : ch;
  }
  return out;
}

/** Blanks the spans out with spaces, so later extractors ignore them and offsets stay valid. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const [start, end] of spans) {
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

/** A line break also ends a sentence, as chat messages often lack stops. */
export function sentences(text: string): string[] {
  return (text.match(/[^.!?\n]+[.!?]*/g) ?? []).map((sentence) => sentence.trim()).filter(Boolean);
}
