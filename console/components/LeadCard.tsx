import type { Lead, LeadDeliveryView } from '../../sdk/protocol/index.js';
import { useConsole } from './console-context.js';
import { Deliveries } from './Deliveries.js';
import { PipelineForm } from './PipelineForm.js';

/** The lead: contact, what the shopper wants, consent, where it was sent, and its pipeline stage. */
export function LeadCard({ lead, deliveries }: { lead: Lead; deliveries: LeadDeliveryView[] }) {
  const { session, conversation } = useConsole();
  const t = session.strings.value.lead;
  const facts: [string, string | undefined][] = [
    [t.vehicle, lead.interest.vehicle],
    [t.tradeIn, lead.interest.tradeIn],
    [t.budget, lead.interest.budget ?? (lead.interest.monthlyBudget ? `$${lead.interest.monthlyBudget}/mo` : undefined)],
    [t.credit, lead.interest.credit],
    [t.timeframe, lead.interest.timeframe],
  ];
  return (
    <section class="card lead" aria-labelledby="lead-title">
      <h3 id="lead-title">
        {t.title}: {lead.contact.name || lead.contact.phoneNational || lead.contact.email}
      </h3>
      <dl>
        {lead.contact.phone && (
          <>
            <dt>{t.phone}</dt>
            <dd>
              <a href={`tel:${lead.contact.phone}`}>{lead.contact.phoneNational ?? lead.contact.phone}</a>
            </dd>
          </>
        )}
        {lead.contact.email && (
          <>
            <dt>{t.email}</dt>
            <dd>
              <a href={`mailto:${encodeURIComponent(lead.contact.email).replace('%40', '@')}`}>{lead.contact.email}</a>
            </dd>
          </>
        )}
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <>
              <dt key={`${label}-t`}>{label}</dt>
              <dd key={`${label}-d`}>{value}</dd>
            </>
          ))}
        <dt>{t.consent}</dt>
        <dd>{t.consentLevels[lead.consent.level]}</dd>
      </dl>
      {lead.summary && <p class="summary">{lead.summary}</p>}
      <PipelineForm lead={lead} onSave={(patch) => conversation.patchLead(patch)} />
      <Deliveries deliveries={deliveries} />
    </section>
  );
}
