import { parseArgs } from 'node:util';

export interface EvalFlags {
  /** Only shoppers whose id or group contains this text. */
  filter?: string;
  json: boolean;
  /** Transcripts of failing shoppers. */
  verbose: boolean;
  /** Only the fast subset (`smoke: true`). */
  smoke: boolean;
  corpus: boolean;
  shoppers: boolean;
  /** Which understanding reader the corpus scores (eval/understanding/readers.ts). */
  reader: string;
}

const USAGE = 'Usage: npm run eval -- [--filter TEXT] [--json] [--verbose] [--smoke] [--corpus-only | --shoppers-only] [--reader NAME]';

/** Parses the eval's flags; an unknown or malformed flag throws with the usage line. */
export function parseEvalFlags(argv: readonly string[]): EvalFlags {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        filter: { type: 'string' },
        reader: { type: 'string', default: 'capture' },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        smoke: { type: 'boolean', default: false },
        'corpus-only': { type: 'boolean', default: false },
        'shoppers-only': { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new Error(`[Cathy eval] ${(error as Error).message}\n${USAGE}`);
  }
  if (parsed['corpus-only'] && parsed['shoppers-only']) throw new Error(`[Cathy eval] --corpus-only and --shoppers-only exclude each other.\n${USAGE}`);
  if (parsed.filter !== undefined && !parsed.filter.trim()) throw new Error(`[Cathy eval] --filter needs some text.\n${USAGE}`);
  return {
    ...(parsed.filter ? { filter: parsed.filter } : {}),
    json: parsed.json,
    verbose: parsed.verbose,
    smoke: parsed.smoke,
    corpus: !parsed['shoppers-only'],
    shoppers: !parsed['corpus-only'],
    reader: parsed.reader,
  };
}
