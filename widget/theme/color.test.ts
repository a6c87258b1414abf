import { describe, expect, it } from 'vitest';
import { parseColor, toHex } from './color.js';
import { resolveTheme } from './resolve-theme.js';

describe('parseColor', () => {
  it.each([
    ['#fff', [255, 255, 255]],
    ['#1F5EFF', [31, 94, 255]],
    ['#1f5eff80', [31, 94, 255]],
    ['#abcd', [170, 187, 204]],
    ['rgb(31, 94, 255)', [31, 94, 255]],
    ['rgba(31,94,255,0.5)', [31, 94, 255]],
    ['rgb(100% 0% 0% / 50%)', [255, 0, 0]],
    ['hsl(0, 100%, 50%)', [255, 0, 0]],
    ['hsl(120deg 100% 25%)', [0, 128, 0]],
    ['  #000  ', [0, 0, 0]],
  ])('parses %s', (input, rgb) => {
    expect(parseColor(input)).toEqual(rgb);
  });

  it.each(['', 'blue;}body{display:none', 'url(javascript:alert(1))', '#ggg', '#12345', 'rgb(1,2)', 'hsl(10, 20, 30)', 'expression(alert(1))', 42, undefined])(
    'rejects %j',
    (input) => {
      expect(parseColor(input)).toBeNull();
    },
  );

  it('formats as lowercase hex', () => {
    expect(toHex([31, 94, 255])).toBe('#1f5eff');
  });
});

describe('resolveTheme', () => {
  it('falls back field by field', () => {
    expect(resolveTheme({ accent: 'nope', position: 'top' as never, zIndex: 1.5, mode: 'neon' as never })).toEqual({
      accent: '#1f5eff',
      onAccent: '#ffffff',
      position: 'right',
      zIndex: 2147483000,
      mode: 'auto',
    });
  });
});
