import type { Understand } from '../../server/understanding/reading.js';
import { understand } from '../../server/understanding/understand.js';
import { understandWithCapture } from './capture-adapter.js';

/**
 * The readers the corpus can score, by name (`--reader`). The understanding layer adds its own here
 * once it exists, so its score sits beside today's baseline.
 */
export const READERS: Record<string, Understand> = {
  capture: understandWithCapture,
  rules: (text, context) => understand(text, context),
};
