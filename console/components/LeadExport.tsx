import { useState } from 'preact/hooks';
import { dayStart } from '../state/local-day.js';
import { useConsole } from './console-context.js';

/** A local `YYYY-MM-DD`, as a date input holds it. */
const localDay = (date: Date) => [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');

/**
 * A CSV of the site's leads created on the chosen days (both included): a plain download link, so the browser sends
 * the session cookie.
 */
export function LeadExport() {
  const { session, api } = useConsole();
  const t = session.strings.value.pipeline;
  const [from, setFrom] = useState(() => localDay(new Date(Date.now() - 30 * 86_400_000)));
  const [to, setTo] = useState(() => localDay(new Date()));
  const siteId = session.siteId.value;
  if (!siteId) return null;

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
      <a class="button" href={api.exportUrl(siteId, dayStart(from), dayStart(to, 1))} download>
        {t.download}
      </a>
    </fieldset>
  );
}
