import { z } from 'zod';
import type { DealerKnowledge, KnownFact, Said } from '../../store/dealer-knowledge.js';

export type { DealerKnowledge, KnownFact, Said };

// A dealer fact in English, optionally in Spanish too: Cathy answers a Spanish speaker in Spanish when she can.
const said = z.union([
  z.string().trim().min(2).max(600),
  z.strictObject({ en: z.string().trim().min(2).max(600), es: z.string().trim().min(2).max(600).optional() }),
]);

/**
 * What a dealership tells Cathy about itself (docs/dealer-knowledge.md). Every field is optional: an
 * unset fact is never invented; Cathy says a specialist will confirm it. Weekly hours, phone and address
 * live on the site itself (`npm run site -- update`).
 */
export const knowledgeSchema = z.strictObject({
  /** How to get there: landmarks, parking, the bus or train that stops nearby. */
  directions: said.optional(),
  transit: said.optional(),
  walkIns: said.optional(),
  testDrives: said.optional(),
  whatToBring: said.optional(),
  tradeInAppraisal: said.optional(),
  tradeInPayoff: said.optional(),
  leasing: said.optional(),
  cosigners: said.optional(),
  itin: said.optional(),
  selfEmployed: said.optional(),
  /** Guidance without figures: a dollar amount here would be quoted to shoppers as an offer. */
  downPayment: said
    .refine((value) => !/\$\s?\d|\d+\s?(?:%|percent|dollars|k\b)/i.test(typeof value === 'string' ? value : `${value.en} ${value.es ?? ''}`), 'must not name an amount or a percentage')
    .optional(),
  creditPull: said.optional(),
  texting: said.optional(),
  /** Languages the staff speak, as names in English ("English", "Spanish"). */
  languages: z.array(z.string().trim().min(2).max(40)).min(1).max(20).optional(),
  warranty: said.optional(),
  process: said.optional(),
  /** What the lot sells: a used-only dealer is never asked "new or pre-owned?". */
  inventory: z.strictObject({ conditions: z.array(z.enum(['new', 'used'])).min(1).max(2), url: z.url({ protocol: /^https?$/ }).optional() }).optional(),
}) satisfies z.ZodType<DealerKnowledge>;
