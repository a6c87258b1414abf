import type { Config } from '../config/env.js';
import type { Logger } from '../logging/logger.js';
import type { LeadRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { deliveryFor, jobsFor } from './lead-jobs.js';
import { changeLead } from './lead-lock.js';
import { relayPendingJobs } from './outbox-relay.js';

export type LeadUpdateSettings = Config['leadUpdates'];

export interface LeadUpdates {
  /** Sends every update that is due now; resolves with how many went out. */
  sweep(): Promise<number>;
  stop(): Promise<void>;
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** When the lead's next update may go, or null when the daily cap is reached today. */
function allowedAt(lead: LeadRecord, settings: LeadUpdateSettings, now: Date): Date | null {
  const sent = lead.updatesSent;
  if (!sent || sent.day !== dayOf(now)) return now;
  if (sent.count >= settings.perDay) return null;
  return new Date(sent.lastAt.getTime() + settings.minGapMs);
}

function sendUpdate(store: Store, leadId: string, settings: LeadUpdateSettings, now: Date): Promise<boolean> {
  // On the lead as stored now, one change at a time with the conversations writing it (see lead-lock.ts).
  return changeLead(store, leadId, (lead) => sendIfDue(store, lead, settings, now));
}

async function sendIfDue(store: Store, lead: LeadRecord | null, settings: LeadUpdateSettings, now: Date): Promise<boolean> {
  if (!lead?.pendingUpdate || now.getTime() - lead.pendingUpdate.lastChangeAt.getTime() < settings.debounceMs) return false;
  const allowed = allowedAt(lead, settings, now);
  if (!allowed || allowed > now) return false;
  const site = await store.sites.byId(lead.siteId);
  if (!site) return false;
  const jobs = jobsFor(site, 'lead.updated');
  const today = dayOf(now);
  const updated: LeadRecord = {
    ...lead,
    status: lead.doNotContact ? 'do_not_contact' : 'updated',
    version: lead.version + 1,
    pendingUpdate: undefined,
    lastChanges: lead.pendingUpdate.fields,
    updatesSent: { day: today, count: lead.updatesSent?.day === today ? lead.updatesSent.count + 1 : 1, lastAt: now },
    pendingJobs: jobs,
    delivery: deliveryFor(jobs, now),
    updatedAt: now,
  };
  await store.leads.save(updated);
  await relayPendingJobs(store, updated, now);
  return true;
}

/**
 * Facts learned after a lead was handed off reach the salesperson and the CRM as one `lead.updated`: debounced
 * (`debounceMs` after the last change), at most one per `minGapMs` and `perDay` per lead. The pending change
 * lives on the lead document, so a restart loses none; beyond the daily cap it waits for the next day.
 */
export function startLeadUpdates(deps: { store: Store; logger: Logger; settings: LeadUpdateSettings; now: () => Date }): LeadUpdates {
  const { store, logger, settings } = deps;
  let running: Promise<number> = Promise.resolve(0);
  const sweep = () => {
    running = running.then(async () => {
      const now = deps.now();
      const due = await store.leads.withUpdatesDue(new Date(now.getTime() - settings.debounceMs), 100);
      let sent = 0;
      for (const lead of due) if (await sendUpdate(store, lead.id, settings, now)) sent += 1;
      if (sent > 0) logger.info({ sent }, 'lead updates queued');
      return sent;
    });
    return running;
  };
  const timer = setInterval(() => {
    sweep().catch((error: unknown) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'lead update sweep failed'));
  }, Math.max(50, Math.min(settings.debounceMs / 4, 15_000)));
  timer.unref();
  return {
    sweep,
    async stop() {
      clearInterval(timer);
      await running.catch(() => 0);
    },
  };
}
