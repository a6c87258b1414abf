import { describe, expect, it, vi } from 'vitest';
import { extract } from '../capture/extract.js';
import type { ReadingContext } from './reading.js';
import { readMessage } from './read-message.js';

const context: ReadingContext = { locale: 'en', defaultCountry: 'US', now: new Date('2026-12-06T15:00:00Z') };

describe('readMessage', () => {
  it("stands in the capture's reading for a message understanding fails on, with one log line, keeping its contact details", () => {
    const text = 'call me at 305-814-2279, looking for a 2019 Honda CR-V';
    const warn = vi.fn();
    const reading = readMessage(text, context, extract(text, { defaultCountry: 'US' }), { warn }, () => {
      throw new Error('reader broke');
    });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(reading.source).toBe('rules-fallback');
    expect(reading.entities.phones).toEqual(['+13058142279']);
    expect(reading.facts).toMatchObject({ phone: '+13058142279', vehicle: { model: 'CR-V' } });
  });

  it('returns the understanding when it works, without logging', () => {
    const warn = vi.fn();
    const text = 'r u open sat?';
    const reading = readMessage(text, context, extract(text, { defaultCountry: 'US' }), { warn });
    expect(reading.acts).toContainEqual({ kind: 'question', topic: 'hours' });
    expect(warn).not.toHaveBeenCalled();
  });
});
