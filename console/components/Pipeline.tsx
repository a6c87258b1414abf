import { useEffect } from 'preact/hooks';
import { LEAD_STAGES, type Lead } from '../../sdk/protocol/index.js';
import { conversationPath } from '../state/routes.js';
import { useConsole } from './console-context.js';
import { ErrorNotice } from './ErrorNotice.js';
import { LeadExport } from './LeadExport.js';
import { PipelineForm } from './PipelineForm.js';

function LeadItem({ lead }: { lead: Lead }) {
  const { session, pipeline } = useConsole();
  const t = session.strings.value;
  return (
    <li class="card lead-item">
      <strong>{lead.contact.name || lead.contact.phoneNational || lead.contact.email}</strong>
      {lead.interest.vehicle && <span class="muted"> · {lead.interest.vehicle}</span>}
      {lead.pipeline.assignee && <span class="muted"> · {lead.pipeline.assignee}</span>}
      {lead.pipeline.stage === 'lost' && lead.pipeline.reason && <p class="muted">{lead.pipeline.reason}</p>}
      <p>
        <a href={conversationPath(lead.conversationId)}>{t.pipeline.open}</a>
      </p>
      <details>
        <summary>{t.pipeline.edit}</summary>
        <PipelineForm key={lead.id} lead={lead} onSave={(patch) => pipeline.patch(lead.id, patch)} />
      </details>
    </li>
  );
}

/** `/console/leads`: one column per stage, newest first; owners and managers can export a CSV. */
export function Pipeline() {
  const { session, pipeline } = useConsole();
  const t = session.strings.value;
  const siteId = session.siteId.value;
  useEffect(() => {
    void pipeline.load();
  }, [siteId]);
  const leads = pipeline.leads.value;
  return (
    <section class="pipeline" aria-labelledby="pipeline-title">
      <h1 id="pipeline-title">{t.pipeline.title}</h1>
      {session.canManage.value && <LeadExport />}
      <ErrorNotice error={pipeline.error.value} />
      {pipeline.loading.value && <p role="status">{t.loading}</p>}
      <div class="board">
        {LEAD_STAGES.map((stage) => {
          const inStage = leads.filter((l) => l.pipeline.stage === stage);
          return (
            <section key={stage} class="column" aria-labelledby={`stage-${stage}`}>
              <h2 id={`stage-${stage}`}>
                {t.stages[stage]} <span class="count">{inStage.length}</span>
              </h2>
              {inStage.length ? (
                <ul>
                  {inStage.map((lead) => (
                    <LeadItem key={lead.id} lead={lead} />
                  ))}
                </ul>
              ) : (
                <p class="muted">{t.pipeline.empty}</p>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
