import type { Extraction } from '../capture/facts.js';
import { factsOf } from './to-reading.js';
import type { Reading, ReadingContext } from './reading.js';
import { understand } from './understand.js';

interface WarnLogger {
  warn: (fields: Record<string, unknown>, message: string) => void;
}

/** The capture's own reading, when understanding fails: contact details and facts, no acts beyond yes/no. */
function captureReading(extraction: Extraction, context: ReadingContext): Reading {
  const { facts } = extraction;
  return {
    language: extraction.language ?? context.locale,
    acts: [...(extraction.optOut ? [{ kind: 'optOut' as const }] : []), ...(extraction.affirmative ? [{ kind: 'yes' as const }] : []), ...(extraction.negative ? [{ kind: 'no' as const }] : [])],
    entities: { vehicleWanted: [], money: [], times: [], phones: extraction.phones.map((p) => p.e164), emails: [...extraction.emails] },
    sentiment: 0,
    facts: factsOf(
      { phones: extraction.phones, emails: extraction.emails, money: [], vehicleWanted: facts.vehicle, condition: facts.condition, vehicleOwned: facts.tradeIn, budget: facts.budget, timeframe: facts.timeframe, callTime: facts.callTime, firstName: facts.firstName, lastName: facts.lastName },
      extraction.language,
    ),
    source: 'rules-fallback',
  };
}

/**
 * Understands a message for the reply pipeline, never failing it: if understanding throws, the capture's
 * reading stands in for that message with one log line, and the message and its reply go on as usual.
 *
 * @example readMessage(text, context, extraction, logger).acts
 */
export function readMessage(
  text: string,
  context: ReadingContext,
  extraction: Extraction,
  logger: WarnLogger,
  reader: typeof understand = understand,
): Reading {
  try {
    return reader(text, context, { extraction });
  } catch (error) {
    logger.warn({ err: error, chars: text.length }, 'understanding failed; the capture reading is used for this message');
    return captureReading(extraction, context);
  }
}
