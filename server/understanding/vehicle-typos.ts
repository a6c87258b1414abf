import type { VehicleInterest } from '../capture/facts.js';
import { MODEL_BY_KEY } from '../capture/vehicle-catalog.js';
import { findVehicle } from '../capture/vehicle.js';

const MODELS_BY_LENGTH = new Map<number, string[]>();
for (const key of MODEL_BY_KEY.keys()) {
  if (/^[a-z]{4,}$/.test(key)) MODELS_BY_LENGTH.set(key.length, [...(MODELS_BY_LENGTH.get(key.length) ?? []), key]);
}

/** Every word one edit away from `word` could be a slip of: the nearest model spelled right, if any. */
function nearestModel(word: string): string | undefined {
  for (const length of [word.length + 1, word.length, word.length - 1]) {
    for (const key of MODELS_BY_LENGTH.get(length) ?? []) {
      if (oneEdit(word, key)) return key;
    }
  }
  return undefined;
}

function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === 0) return false;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The vehicle a message names with a slip in the model ("coroll", "civc", "silverdo"), read with the catalogue's
 * spelling. The first letter must match, and a four-letter word is only
 * completed, never changed: short words are too often other words.
 *
 * @example correctVehicleTypos('do you have a civc?')?.model // 'Civic'
 */
export function correctVehicleTypos(text: string, now: Date = new Date()): VehicleInterest | undefined {
  let changed = false;
  const fixed = text.replace(/\b[a-z]{4,}\b/gi, (word) => {
    const lower = word.toLowerCase();
    if (MODEL_BY_KEY.has(lower)) return word;
    const model = nearestModel(lower);
    // A four-letter word is corrected only by a missing letter ("civc"), never into its own plural ("kick").
    if (!model || (lower.length === 4 && (model.length !== 5 || model === `${lower}s`))) return word;
    changed = true;
    return model;
  });
  return changed ? findVehicle(fixed, now).vehicle : undefined;
}
