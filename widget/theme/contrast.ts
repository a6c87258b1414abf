import type { Rgb } from './color.js';

/** WCAG 2.x relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio, 1 (none) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG AA for normal-size text. */
export const AA_TEXT = 4.5;

const WHITE: Rgb = [255, 255, 255];
const NEAR_BLACK: Rgb = [17, 17, 17];
const BLACK: Rgb = [0, 0, 0];

/**
 * Text colour for a background: white when it passes AA (dealers' brand buttons usually carry
 * white text), else near-black, else pure black — one of white or black always passes AA.
 */
export function textColorOn(background: Rgb): Rgb {
  for (const candidate of [WHITE, NEAR_BLACK]) {
    if (contrastRatio(candidate, background) >= AA_TEXT) return candidate;
  }
  return BLACK;
}
