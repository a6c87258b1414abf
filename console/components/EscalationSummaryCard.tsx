import { useEffect, useState } from 'preact/hooks';
import type { EscalationSummary } from '../../sdk/protocol/index.js';
import { toApiError, type ApiError } from '../api/api-error.js';
import { useConsole } from './console-context.js';
import { ErrorNotice } from './ErrorNotice.js';

const WEEK_MS = 7 * 24 * 60 * 60_000;

/** How the last 7 days' requests for a person ended, and how fast someone picked them up (owners and managers). */
export function EscalationSummaryCard() {
  const { session, api } = useConsole();
  const t = session.strings.value.summary;
  const siteId = session.siteId.value;
  const [summary, setSummary] = useState<EscalationSummary | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  useEffect(() => {
    if (!siteId) return;
    let current = true;
    const to = new Date();
    api.escalations(siteId, new Date(to.getTime() - WEEK_MS).toISOString(), to.toISOString()).then(
      (loaded) => current && setSummary(loaded),
      (failure: unknown) => current && setError(toApiError(failure)),
    );
    return () => {
      current = false;
    };
  }, [siteId]);
  const figures = summary && ([
    [t.taken, summary.taken],
    [t.callback, summary.callback],
    [t.missed, summary.missed],
    [t.waiting, summary.waiting],
    [t.medianPickup, summary.medianPickupSeconds === undefined ? t.none : t.duration(summary.medianPickupSeconds)],
  ] as const);
  return (
    <section class="card summary-card" aria-labelledby="summary-title">
      <h2 id="summary-title">{t.title}</h2>
      <ErrorNotice error={error} />
      {figures && (
        <dl class="figures">
          {figures.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
