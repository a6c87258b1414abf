import { z } from 'zod';

/**
 * A scripted shopper, kept as data (eval/shoppers/*.json). Topics and situations are judged by meaning
 * (eval/judge/topics.ts), never by Cathy's exact wording.
 */
export const TOPICS = [
  'stock', 'price', 'payment', 'approval', 'creditPull', 'process', 'documents', 'tradeInValue', 'payoff', 'leasing',
  'cosigner', 'itin', 'selfEmployed', 'downPayment', 'hours', 'location', 'testDrive', 'walkIns', 'texting', 'languages',
  'warranty', 'person', 'bot', 'whenCall', 'gaveNumber', 'stillThere', 'dealerPhone',
  // Situations: what the reply to such a message must do.
  'calmManager', 'browsingAck', 'optOutAck', 'asksNumber', 'spanish',
] as const;
export type Topic = (typeof TOPICS)[number];

export const SLOTS = ['vehicle', 'condition', 'budget', 'tradeIn', 'credit', 'timeframe', 'name', 'phone', 'callTime', 'email', 'consent', 'handoff'] as const;
export type AskedSlot = (typeof SLOTS)[number];

const keywords = z.array(z.string().min(1)).min(1);

/** Facts the final lead must hold; `null` means the field must be empty. Keywords match loosely ("repo|repossess"). */
export const expectedFacts = z
  .object({
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    vehicle: z
      .object({ make: z.string().nullable(), model: z.string().nullable(), year: z.number().int().nullable(), mentions: keywords })
      .partial()
      .strict(),
    tradeIn: z.union([keywords, z.literal(false)]),
    monthly: z.number().positive(),
    down: z.number().positive(),
    credit: keywords.nullable(),
    timeframe: keywords.nullable(),
    callTime: z.enum(['morning', 'afternoon', 'evening', 'nopreference']),
    texting: z.literal(true),
    phone: z.string().regex(/^\+\d{8,15}$/),
    email: z.string().email(),
    /** The shopper opted out: the lead says do not contact. */
    doNotContact: z.literal(true),
  })
  .partial()
  .strict();
export type ExpectedFacts = z.infer<typeof expectedFacts>;

const line = z
  .object({
    say: z.string().min(1),
    /** Topics the reply to this line must answer. */
    answers: z.array(z.enum(TOPICS)).default([]),
    /** The line is hostile or a scam worry: no phone ask in the reply. */
    hostile: z.boolean().default(false),
    /** From here on the shopper has good credit: no "every credit situation is welcome". */
    goodCredit: z.boolean().default(false),
    /** From here on the shopper has opted out: no phone asks. */
    optOut: z.boolean().default(false),
    /** The shopper declines to give a number: asking again is nagging. */
    declines: z.boolean().default(false),
    /** Facts this line gives, merged into the shopper's expected lead when the line is said. */
    sets: expectedFacts.default({}),
  })
  .strict();
export type Line = z.infer<typeof line>;

/** A line that raises no topic and sets no fact. */
export function plainLine(say: string): Line {
  return line.parse({ say });
}

export const shopper = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    language: z.enum(['en', 'es', 'mixed']),
    about: z.string().min(1),
    /** Part of the fast subset that runs in `npm test`. */
    smoke: z.boolean().default(false),
    /** What the shopper says unprompted, in order. */
    lines: z.array(line).min(1),
    /** What the shopper says when Cathy's last reply asks for a slot; each used once. */
    replies: z.partialRecord(z.enum(SLOTS), line).default({}),
    /** Facts the lead must hold whatever was asked (beside each said line's `sets`). */
    facts: expectedFacts.default({}),
    /** Phone Cathy must capture (E.164), or null when the shopper never gives one. */
    capture: z.string().regex(/^\+\d{8,15}$/).nullable(),
  })
  .strict();
export type Shopper = z.infer<typeof shopper>;

export const shopperFile = z.object({ group: z.string().min(1), shoppers: z.array(shopper).min(1) }).strict();
