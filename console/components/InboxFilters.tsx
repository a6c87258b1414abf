import { useEffect, useState } from 'preact/hooks';
import type { InboxFilter } from '../state/inbox-state.js';
import { useConsole } from './console-context.js';

const SEARCH_DELAY_MS = 300;

export function InboxFilters() {
  const { inbox, session } = useConsole();
  const t = session.strings.value;
  const filters = inbox.filters.value;
  const [q, setQ] = useState(filters.q);
  useEffect(() => {
    if (q === inbox.filters.value.q) return undefined;
    const timer = setTimeout(() => void inbox.setFilters({ q }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [q]);
  const chips: [InboxFilter, string][] = [
    ['all', t.inbox.all],
    ['hasLead', t.inbox.hasLead],
    ['waiting', t.inbox.waiting],
  ];

  return (
    <div class="filters">
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          void inbox.setFilters({ q });
        }}
      >
        <input type="search" aria-label={t.inbox.search} placeholder={t.inbox.search} value={q} onInput={(e) => setQ(e.currentTarget.value)} />
      </form>
      <div class="chips" role="group" aria-label={t.inbox.filters}>
        {chips.map(([value, label]) => (
          <button key={value} type="button" class="chip-toggle" aria-pressed={filters.filter === value} onClick={() => void inbox.setFilters({ filter: value })}>
            {label}
          </button>
        ))}
      </div>
      <div class="dates">
        <label>
          {t.inbox.from}
          <input type="date" value={filters.from} onChange={(e) => void inbox.setFilters({ from: e.currentTarget.value })} />
        </label>
        <label>
          {t.inbox.to}
          <input type="date" value={filters.to} onChange={(e) => void inbox.setFilters({ to: e.currentTarget.value })} />
        </label>
      </div>
    </div>
  );
}
