import type { Locale } from '../../sdk/protocol/index.js';
import { capturedFields } from '../leads/captured-fields.js';
import { teamHours } from '../sites/team-hours.js';
import type { ContactStepResult } from './contact-step.js';
import type { SessionRef } from './context.js';
import type { MessageDeps } from './message-service.js';

/** Tells the visitor's page and the dealer's people about a new or changed lead, and counts and logs what went to the dealer. */
export function announceLead(deps: MessageDeps, session: SessionRef, conversationId: string, step: ContactStepResult, locale: Locale, now: Date): void {
  if (step.lead) deps.hub.announce({ conversationId, siteId: session.site.id, kind: 'lead' });
  if (step.lead && step.announce) {
    // The callback time is the one Cathy's own reply promises (shortly, or when the team is back).
    const callback = teamHours(session.site, now, locale);
    deps.hub.publish(conversationId, 'lead:captured', { leadId: step.lead.id, fields: capturedFields(step.lead, conversationId), callback });
  }
  if (step.lead && step.sent) {
    deps.onLead?.(step.created === true);
    deps.logger.info(
      { siteId: session.site.id, conversationId, leadId: step.lead.id, outcome: step.outcome.kind, jobs: step.lead.pendingJobs.length },
      'lead captured',
    );
  }
  if (step.outcome.kind === 'opted_out') {
    deps.logger.info({ siteId: session.site.id, conversationId, leadId: step.lead?.id }, 'visitor opted out');
  }
}
