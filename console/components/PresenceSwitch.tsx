import { useEffect } from 'preact/hooks';
import type { PresenceStatus } from '../../sdk/protocol/index.js';
import { closeOnEscape } from './close-on-escape.js';
import { useConsole } from './console-context.js';

/** My status (online or away) and who of the site's team is signed in. */
export function PresenceSwitch() {
  const { session, presence } = useConsole();
  const t = session.strings.value.presence;
  const siteId = session.siteId.value;
  useEffect(() => {
    void presence.load();
  }, [siteId]);
  const staff = presence.staff.value;
  const online = staff.filter((s) => s.status === 'online').length;
  return (
    <div class="presence">
      <label class="presence-status">
        <span>{t.status}</span>
        <select value={presence.status.value} onChange={(e) => presence.choose(e.currentTarget.value as PresenceStatus)}>
          {(['online', 'away'] as const).map((s) => (
            <option key={s} value={s}>
              {t.states[s]}
            </option>
          ))}
        </select>
      </label>
      <details class="presence-team" onKeyDown={closeOnEscape}>
        <summary>{t.team(online)}</summary>
        {staff.length ? (
          <ul>
            {staff.map((s) => (
              <li key={s.staffId} class={`presence-${s.status}`}>
                {s.name} · {t.states[s.status]}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t.nobody}</p>
        )}
      </details>
    </div>
  );
}
