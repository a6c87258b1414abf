import { useState } from 'preact/hooks';
import { useConsole } from './console-context.js';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A CSV of the site's leads for a date range: a plain download link, so the browser sends the session cookie. */
export function LeadExport() {
  const { session, api } = useConsole();
  const t = session.strings.value.pipeline;
  const [from, setFrom] = useState(() => isoDay(new Date(Date.now() - 30 * 86_400_000)));
  const [to, setTo] = useState(() => isoDay(new Date()));
  const siteId = session.siteId.value;
  if (!siteId) return null;
  const toExclusive = to ? isoDay(new Date(Date.parse(to) + 86_400_000)) : undefined;
  return (
    <fieldset class="export">
      <legend>{t.export}</legend>
      <label>
        {t.exportFrom}
        <input type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
      </label>
      <label>
        {t.exportTo}
        <input type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
      </label>
      <a class="button" href={api.exportUrl(siteId, from || undefined, toExclusive)} download>
        {t.download}
      </a>
    </fieldset>
  );
}
