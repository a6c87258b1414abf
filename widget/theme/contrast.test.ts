import { describe, expect, it } from 'vitest';
import type { Rgb } from './color.js';
import { AA_TEXT, contrastRatio, textColorOn } from './contrast.js';
import { themeVars, resolveTheme } from './resolve-theme.js';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBe(1);
    expect(contrastRatio([118, 118, 118], [255, 255, 255])).toBeCloseTo(4.54, 2);
  });

  it('is symmetric', () => {
    expect(contrastRatio([31, 94, 255], [255, 235, 59])).toBe(contrastRatio([255, 235, 59], [31, 94, 255]));
  });
});

describe('textColorOn', () => {
  it('prefers white on dark accents and near-black on light ones', () => {
    expect(textColorOn([31, 94, 255])).toEqual([255, 255, 255]);
    expect(textColorOn([255, 235, 59])).toEqual([17, 17, 17]);
  });

  it('meets WCAG AA on every accent', () => {
    for (let r = 0; r <= 255; r += 17) {
      for (let g = 0; g <= 255; g += 17) {
        for (let b = 0; b <= 255; b += 17) {
          const bg: Rgb = [r, g, b];
          expect(contrastRatio(textColorOn(bg), bg)).toBeGreaterThanOrEqual(AA_TEXT);
        }
      }
    }
  });
});

describe('themeVars', () => {
  it('uses the accent for focus rings only where it stands out 3:1 from the panel', () => {
    expect(themeVars(resolveTheme({ accent: '#1f5eff' }), 'light')['--cathy-focus']).toBe('#1f5eff');
    expect(themeVars(resolveTheme({ accent: '#ffeb3b' }), 'light')['--cathy-focus']).toBe('#1a1a1a');
    expect(themeVars(resolveTheme({ accent: '#ffeb3b' }), 'dark')['--cathy-focus']).toBe('#ffeb3b');
  });
});
