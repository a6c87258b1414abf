import { describe, expect, it } from 'vitest';
import { findRepeats } from './repeats.js';

describe('findRepeats', () => {
  it('finds a sentence said twice in a conversation, whatever its case', () => {
    expect(findRepeats(['A specialist can give you the details. What car?', 'Ok. a specialist can give you the details.'])).toEqual([
      'a specialist can give you the details.',
    ]);
  });

  it('lets short acknowledgements repeat', () => {
    expect(findRepeats(['Got it. What car?', 'Got it. Which year?'])).toEqual([]);
  });
});
