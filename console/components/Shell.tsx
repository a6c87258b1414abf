import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import { useConsole } from './console-context.js';
import { LocaleSwitch } from './LocaleSwitch.js';

/** Escape closes the account menu and gives the focus back to its summary. */
function closeOnEscape(event: TargetedKeyboardEvent<HTMLDetailsElement>) {
  const menu = event.currentTarget;
  if (event.key !== 'Escape' || !menu.open) return;
  menu.open = false;
  menu.querySelector('summary')?.focus();
  event.stopPropagation();
}

/** The signed-in frame: navigation, site switcher, language, sign out. */
export function Shell({ children }: { children: ComponentChildren }) {
  const { session, router } = useConsole();
  const t = session.strings.value;
  const me = session.me.value;
  const route = router.route.value.name;
  const memberships = me?.memberships ?? [];
  const current = (name: string) => (route === name || (name === 'inbox' && route === 'conversation') ? 'page' : undefined);

  return (
    <div class="shell">
      <a class="skip" href="#main">
        {t.appName}
      </a>
      <header class="topbar">
        <nav aria-label={t.appName}>
          <a href="/console/" aria-current={current('inbox')}>
            {t.nav.inbox}
          </a>
          <a href="/console/leads" aria-current={current('leads')}>
            {t.nav.leads}
          </a>
          {session.canManage.value && (
            <a href="/console/team" aria-current={current('team')}>
              {t.nav.team}
            </a>
          )}
        </nav>
        <div class="topbar-tools">
          {memberships.length > 1 && (
            <label class="site-switch">
              <span>{t.site}</span>
              <select value={session.siteId.value} onChange={(e) => session.chooseSite(e.currentTarget.value)}>
                {memberships.map((m) => (
                  <option key={m.siteId} value={m.siteId}>
                    {m.siteName}
                  </option>
                ))}
              </select>
            </label>
          )}
          <LocaleSwitch />
          <details class="account" onKeyDown={closeOnEscape}>
            <summary>{me?.name || me?.email || t.account}</summary>
            <div class="account-menu">
              <p>{me?.email}</p>
              <button type="button" onClick={() => void session.signOut()}>
                {t.signOut}
              </button>
              <button type="button" onClick={() => void session.signOut(true)}>
                {t.signOutEverywhere}
              </button>
            </div>
          </details>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
