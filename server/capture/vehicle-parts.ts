import {
  AMBIGUOUS_MAKES,
  AMBIGUOUS_MODELS,
  MAKE_BY_KEY,
  MAKE_PATTERN,
  MODEL_PATTERN,
  keyOf,
  modelFor,
} from './vehicle-catalog.js';

/** One piece of a vehicle phrase, at its offsets in the message. */
export type VehiclePart = { start: number; end: number } & (
  | { kind: 'make' | 'model' | 'body'; value: string }
  | { kind: 'year'; value: number }
);

const BODY_TYPES: Array<[RegExp, string]> = [
  [/\b(?:suvs?|crossovers?|camionetas?)\b/g, 'SUV'],
  [/\b(?:trucks?|pick ?-?ups?|trocas?|troquitas?)\b/g, 'truck'],
  [/\bsedan(?:e?s)?\b/g, 'sedan'],
  [/\bmini ?-?vans?\b/g, 'minivan'],
  [/\b(?<!mini ?-?)vans?\b/g, 'van'],
  [/\bcoupes?\b/g, 'coupe'],
  [/\bconvertibles?\b/g, 'convertible'],
  [/\bhatch(?:back)?s?\b/g, 'hatchback'],
  [/\b(?:evs?|electric|electricos?|electricas?)\b/g, 'electric'],
  [/\b(?:hybrids?|hibridos?|hibridas?)\b/g, 'hybrid'],
];
// "car" alone is everywhere ("car payment", "my car"); it names what they want only after "a", "un", "nuevo"…
const GENERIC_CAR = /\b(?:a|an|another|new|used|un|una|otro|otra|nuevo|usado)\s+(cars?|carros?|autos?|coches?|carritos?)\b/g;
const YEAR = /(?<![\d$/.,])(?:19|20)\d\d(?![\d,%]|\s?k\b|\s?(?:miles|millas|km)\b)/g;
const YEAR_CUE_BEFORE = /\b(?:modelo|model|year|ano)\s*$/;
const YEAR_CUE_AFTER =
  /^\s*(?:or newer|or later|or up|and up|and newer|o mas nuevo|o mas reciente|en adelante|para arriba)\b/;
// "a used tahoe": nobody calls a lake or a leaf used, so the condition word makes an everyday-word model a car.
// Not "new": "turning over a new leaf".
const USED_BEFORE = /\b(?:used|pre-?owned|certified|usad[oa]|seminuev[oa])\s+$/;
const USED_AFTER = /^\s+(?:usad[oa]|seminuev[oa])\b/;
const LOCATIVE = /\b(?:in|from|near|to|at|around|of|en|de|desde|cerca|vivo|live)\s+$/;

/**
 * Finds makes, models, body types and model years in folded text. A year is kept only when a cue says it is a
 * model year; otherwise `looseYears` holds it, to be kept only when it sits next to another part.
 */
export function findVehicleParts(
  text: string,
  folded: string,
  maxYear: number,
): { parts: VehiclePart[]; looseYears: VehiclePart[] } {
  const parts: VehiclePart[] = [];
  const looseYears: VehiclePart[] = [];
  const makes = [...folded.matchAll(MAKE_PATTERN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    alias: keyOf(m[0]),
    value: MAKE_BY_KEY.get(keyOf(m[0])) ?? m[0],
  }));
  const years = [...folded.matchAll(YEAR)].filter((m) => Number(m[0]) >= 1990 && Number(m[0]) <= maxYear);
  /** Only spaces (or a hyphen) between the end of one part and the start of the next. */
  const adjacent = (end: number, start: number) => end <= start && /^[\s-]*$/.test(folded.slice(end, start));
  const yearBefore = (at: number) => years.some((y) => adjacent(y.index + 4, at));

  for (const m of folded.matchAll(MODEL_PATTERN)) {
    const entry = modelFor(m[0]);
    if (!entry) continue;
    const before = makes.find((make) => adjacent(make.end, m.index));
    const needsMake = /^\d+$/.test(entry.key) || entry.key.length <= 2;
    const trusted = needsMake
      ? before?.value === entry.make
      : !AMBIGUOUS_MODELS.has(entry.key) ||
        before ||
        yearBefore(m.index) ||
        USED_BEFORE.test(folded.slice(0, m.index)) ||
        USED_AFTER.test(folded.slice(m.index + m[0].length)) ||
        writtenAsName(text, folded, m.index);
    if (!trusted) continue;
    parts.push({ start: m.index, end: m.index + m[0].length, kind: 'model', value: entry.model });
    if (!before) parts.push({ start: m.index, end: m.index, kind: 'make', value: entry.make });
  }
  for (const make of makes) {
    const trusted =
      !AMBIGUOUS_MAKES.has(make.alias) ||
      parts.some((p) => p.kind === 'model' && adjacent(make.end, p.start)) ||
      yearBefore(make.start) ||
      writtenAsName(text, folded, make.start);
    if (trusted) parts.push({ start: make.start, end: make.end, kind: 'make', value: make.value });
  }
  for (const [pattern, value] of BODY_TYPES) {
    for (const m of folded.matchAll(pattern)) {
      parts.push({ start: m.index, end: m.index + m[0].length, kind: 'body', value });
    }
  }
  for (const m of folded.matchAll(GENERIC_CAR)) {
    const word = m[1] ?? '';
    const start = m.index + m[0].length - word.length;
    parts.push({ start, end: start + word.length, kind: 'body', value: 'car' });
  }
  for (const m of years) {
    const year: VehiclePart = { start: m.index, end: m.index + 4, kind: 'year', value: Number(m[0]) };
    const cued = YEAR_CUE_BEFORE.test(folded.slice(0, m.index)) || YEAR_CUE_AFTER.test(folded.slice(m.index + 4));
    (cued ? parts : looseYears).push(year);
  }
  return { parts: parts.sort((a, b) => a.start - b.start), looseYears };
}

/** Capitalised mid-sentence and not after "in"/"from" (so "a Tucson" counts, "I live in Tucson" does not). */
function writtenAsName(text: string, folded: string, at: number): boolean {
  const char = text.charAt(at);
  if (char === char.toLowerCase()) return false;
  const before = folded.slice(0, at);
  return /[\p{L}\p{N},]\s+$/u.test(before) && !LOCATIVE.test(before);
}
