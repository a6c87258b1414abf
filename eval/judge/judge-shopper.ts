import type { Played } from '../play/play-shopper.js';
import type { ExpectedFacts } from '../shoppers/shopper.js';
import { viewOfFacts, viewOfLead, type FactView } from './fact-view.js';
import { findBreaches, type Breach } from './guardrails.js';
import { judgeFacts, type FactResult } from './judge-facts.js';
import { judgeTopics, type TopicResult } from './judge-turns.js';
import { questionsOnLead } from './questions-on-lead.js';
import { findReAsks, type ReAsk } from './re-asks.js';
import { findRepeats } from './repeats.js';

export interface ShopperResult {
  id: string;
  group: string;
  language: string;
  topics: TopicResult[];
  facts: FactResult[];
  /** Facts are judged on the lead when one exists, else on the conversation's memory. */
  factsFrom: 'lead' | 'conversation';
  /** The shopper gives a number when asked (or unprompted). */
  willing: boolean;
  captured: boolean;
  turnsToCapture?: number;
  repeats: string[];
  breaches: Breach[];
  /** Slots asked again after the shopper filled them. */
  reAsks: ReAsk[];
  /** Questions left unanswered, and how many reached the lead (only with a lead). */
  unansweredOnLead?: { unanswered: number; onLead: number };
  latenciesMs: number[];
  /** The shopper asked for a person or a manager (a line judged on those topics). */
  askedForPerson: boolean;
  escalation?: Played['escalation'];
  passed: boolean;
}

// Asking for a person, or for a manager when upset: each must leave an escalation the dealer sees.
const CALLS_FOR_A_PERSON = new Set(['person', 'calmManager']);

/** The facts a shopper's lead must hold: the script's own plus what each line said, later lines winning. */
export function expectedFacts(played: Played): ExpectedFacts {
  return played.turns.reduce<ExpectedFacts>((facts, turn) => ({ ...facts, ...turn.line.sets }), { ...played.shopper.facts });
}

/** The lead's text without its fact fields: a question kept as a fact is a wrong fact, not a question passed on. */
function withoutFacts(view: FactView): string {
  const facts = [view.credit, view.timeframe, view.tradeIn, view.budget, view.vehicleText].filter((v): v is string => Boolean(v));
  return facts.reduce((text, fact) => text.split(fact).join(' '), view.everything);
}

export function judgeShopper(played: Played): ShopperResult {
  const { shopper, turns, lead } = played;
  const view = lead ? viewOfLead(lead) : viewOfFacts(played.facts ?? {});
  const facts = judgeFacts(expectedFacts(played), view);
  const topics = judgeTopics(turns);
  const captured = shopper.capture !== null && lead?.contact.phone === shopper.capture;
  const at = lead ? turns.findIndex((turn) => turn.messageId === lead.consent.messageId) : -1;
  const repeats = findRepeats(turns.map((turn) => turn.reply));
  const breaches = findBreaches(turns);
  const willing = shopper.capture !== null;
  const reAsks = findReAsks(turns);
  const askedForPerson = topics.some((t) => CALLS_FOR_A_PERSON.has(t.topic));
  return {
    id: shopper.id,
    group: shopper.group,
    language: shopper.language,
    topics,
    facts,
    factsFrom: lead ? 'lead' : 'conversation',
    willing,
    captured,
    ...(captured && at >= 0 ? { turnsToCapture: at + 1 } : {}),
    repeats,
    breaches,
    reAsks,
    ...(lead ? { unansweredOnLead: questionsOnLead(turns, topics, withoutFacts(view)) } : {}),
    latenciesMs: turns.map((turn) => turn.latencyMs),
    askedForPerson,
    ...(played.escalation && { escalation: played.escalation }),
    passed:
      topics.every((t) => t.answered) && facts.every((f) => f.right) && captured === willing && repeats.length === 0 && breaches.length === 0 && reAsks.length === 0 && (!askedForPerson || Boolean(played.escalation)),
  };
}
