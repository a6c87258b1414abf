/**
 * What a dealership tells Cathy about itself, as the site record keeps it (docs/dealer-knowledge.md). The site
 * CLI validates it with the zod schema in `sites/knowledge/knowledge-schema.ts`, which is checked against this type.
 */

/** A dealer fact in English, optionally in Spanish too. */
export type Said = string | { en: string; es?: string };

export interface DealerKnowledge {
  directions?: Said;
  transit?: Said;
  walkIns?: Said;
  testDrives?: Said;
  whatToBring?: Said;
  tradeInAppraisal?: Said;
  tradeInPayoff?: Said;
  leasing?: Said;
  cosigners?: Said;
  itin?: Said;
  selfEmployed?: Said;
  downPayment?: Said;
  creditPull?: Said;
  texting?: Said;
  languages?: string[];
  warranty?: Said;
  process?: Said;
  inventory?: { conditions: Array<'new' | 'used'>; url?: string };
}

export type KnownFact = Exclude<keyof DealerKnowledge, 'languages' | 'inventory'>;
