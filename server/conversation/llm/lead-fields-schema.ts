import { z } from 'zod';

// No length limits: strict structured outputs refuse `maxLength`. The merge clips what it keeps.
const text = z.string();

/**
 * The lead fields the model reads from a conversation. Every field is required and nullable because
 * strict structured outputs demand it: `null` means the visitor has not said.
 */
export const leadFieldsSchema = z.object({
  firstName: text.nullable(),
  lastName: text.nullable(),
  phone: text.nullable().describe('Only as the visitor wrote it.'),
  email: text.nullable(),
  vehicle: z
    .object({
      text: text.describe('The vehicle they want, in their words, e.g. "2019 Honda CR-V" or "a minivan for the kids".'),
      year: z.number().nullable(),
      make: text.nullable(),
      model: text.nullable(),
      bodyType: text.nullable().describe('e.g. SUV, truck, sedan, minivan.'),
    })
    .nullable()
    .describe('The vehicle they want to buy, never their trade-in.'),
  condition: z.enum(['new', 'used']).nullable(),
  budget: z
    .object({
      text: text.describe('In their words, e.g. "around 350 a month".'),
      monthly: z.number().nullable(),
      total: z.number().nullable(),
      down: z.number().nullable(),
    })
    .nullable(),
  tradeIn: z.object({ has: z.boolean(), text: text.nullable().describe('The vehicle they would trade in.') }).nullable(),
  credit: text.nullable().describe("Their credit situation in their own words, quoted or closely paraphrased; no labels of yours."),
  timeframe: text.nullable().describe('When they hope to buy, in their words.'),
  callTime: z.enum(['morning', 'afternoon', 'evening', 'nopreference']).nullable(),
  language: z.enum(['en', 'es']).nullable().describe('The language the visitor writes in.'),
});

export type LeadFields = z.infer<typeof leadFieldsSchema>;

/** With a brief for the salesperson, asked for once a lead exists. */
export const leadFieldsWithSummarySchema = leadFieldsSchema.extend({
  summary: z
    .string()
    .describe('Two or three sentences, in English, for the salesperson about to call: who, what they want, their situation in their words, when to call.'),
});
