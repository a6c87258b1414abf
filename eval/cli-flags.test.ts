import { describe, expect, it } from 'vitest';
import { parseEvalFlags } from './cli-flags.js';

describe('parseEvalFlags', () => {
  it('reads the filter, output and subset flags', () => {
    expect(parseEvalFlags(['--filter', 'es-', '--json', '--verbose', '--shoppers-only'])).toEqual({
      filter: 'es-',
      json: true,
      verbose: true,
      smoke: false,
      corpus: false,
      shoppers: true,
      reader: 'capture',
    });
  });

  it('refuses an unknown flag, an empty filter and both "only" flags with the usage line', () => {
    expect(() => parseEvalFlags(['--fitler', 'x'])).toThrow(/Usage: npm run eval/);
    expect(() => parseEvalFlags(['--filter', ' '])).toThrow(/--filter needs some text/);
    expect(() => parseEvalFlags(['--corpus-only', '--shoppers-only'])).toThrow(/exclude each other/);
  });
});
