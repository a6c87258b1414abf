import type { EscalationView, Lead } from '../../sdk/protocol/index.js';
import type { CapturedFacts } from '../../server/capture/facts.js';
import type { FallbackReplies, LoadedShopper } from '../shoppers/load-shoppers.js';
import { plainLine, type AskedSlot, type Line } from '../shoppers/shopper.js';
import { cathyAsks } from './cathy-asks.js';
import { openShopper } from './visitor.js';

export interface Turn {
  text: string;
  line: Line;
  /** A scripted line, or the reply to the slot Cathy had asked about. */
  source: 'line' | AskedSlot;
  messageId: string;
  reply: string;
  disclosure: boolean;
  /** What Cathy's reply asks about, as the shopper reads it. */
  asks?: AskedSlot;
  latencyMs: number;
}

export interface Played {
  shopper: LoadedShopper;
  turns: Turn[];
  lead?: Lead;
  /** The conversation's remembered facts, for shoppers who leave no lead. */
  facts?: Partial<CapturedFacts>;
  /** How the shopper's newest request for a person stands, as the dealer's systems read it. */
  escalation?: Pick<EscalationView, 'reason' | 'status'>;
}

export interface Target {
  url: string;
  siteKey: string;
  secretKey: string;
}

async function getJson<T>(target: Target, path: string): Promise<T> {
  const res = await fetch(`${target.url}${path}`, { headers: { authorization: `Bearer ${target.secretKey}` } });
  if (!res.ok) throw new Error(`[Cathy eval] GET ${path} answered ${res.status}`);
  return (await res.json()) as T;
}

/** The shopper's scripted reply to a slot, else (for a willing shopper) the neutral fallback. */
function replyTo(shopper: LoadedShopper, slot: AskedSlot, fallback: FallbackReplies): Line | undefined {
  const scripted = shopper.replies[slot];
  if (scripted || shopper.capture === null) return scripted;
  const said = fallback[shopper.language === 'es' ? 'es' : 'en'][slot];
  return said === undefined ? undefined : plainLine(said);
}

/**
 * Plays one shopper through the real server: a reply to the slot Cathy just asked about when there is one
 * (each slot answered once), otherwise the next scripted line; stops when both run out.
 */
export async function playShopper(target: Target, shopper: LoadedShopper, fallback: FallbackReplies): Promise<Played> {
  const visitor = await openShopper(target.url, target.siteKey, shopper.language === 'en' ? 'en' : 'es');
  const pending = [...shopper.lines];
  const used = new Set<AskedSlot>();
  const turns: Turn[] = [];
  try {
    let asks: AskedSlot | undefined;
    // Ends: every scripted line is said once, and every slot is answered at most once.
    for (;;) {
      const answer = asks && !used.has(asks) ? replyTo(shopper, asks, fallback) : undefined;
      const line = answer ?? pending.shift();
      if (!line) break;
      const source = answer && asks ? asks : 'line';
      if (answer && asks) used.add(asks);
      const { reply, latencyMs } = await visitor.send(line.say);
      const disclosure = Boolean(reply.disclosure);
      asks = cathyAsks(reply.text, disclosure);
      turns.push({ text: line.say, line, source, messageId: reply.replyTo ?? '', reply: reply.text, disclosure, asks, latencyMs });
    }
  } finally {
    visitor.close();
  }
  const { conversation } = await getJson<{ conversation: { facts: Partial<CapturedFacts>; leadId: string | null; handoff: { escalation?: EscalationView } } }>(
    target,
    `/v1/conversations/${visitor.session.conversationId}`,
  );
  const leadId = conversation.leadId ?? visitor.leads[0];
  const lead = leadId ? (await getJson<{ lead: Lead }>(target, `/v1/leads/${leadId}`)).lead : undefined;
  const { escalation } = conversation.handoff;
  return { shopper, turns, lead, facts: conversation.facts, ...(escalation && { escalation: { reason: escalation.reason, status: escalation.status } }) };
}
