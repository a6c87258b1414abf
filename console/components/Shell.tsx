import type { ComponentChildren } from 'preact';
import { AlertBar } from './AlertBar.js';
import { AlertSettings } from './AlertSettings.js';
import { closeOnEscape } from './close-on-escape.js';
import { useConsole } from './console-context.js';
import { LocaleSwitch } from './LocaleSwitch.js';
import { PresenceSwitch } from './PresenceSwitch.js';

/**
 * The signed-in frame: navigation with the count of shoppers waiting for a person, my status and the team's, site
 * switcher, language, the account menu (profile, alert settings, sign out), and the alerts.
 */
export function Shell({ children }: { children: ComponentChildren }) {
  const { session, router, inbox, waiting } = useConsole();
  const t = session.strings.value;
  const me = session.me.value;
  const route = router.route.value.name;
  const memberships = me?.memberships ?? [];
  const current = (name: string) => (route === name || (name === 'inbox' && route === 'conversation') ? 'page' : undefined);
  const waitingCount = waiting.count.value;
  const showWaiting = () => {
    void inbox.setFilters({ filter: 'waiting' });
    router.navigate('/console/');
  };

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
          {waitingCount > 0 && (
            <button type="button" class="waiting-count" onClick={showWaiting}>
              {t.alerts.waitingCount(waitingCount)}
            </button>
          )}
        </nav>
        <div class="topbar-tools">
          <PresenceSwitch />
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
              <a href="/console/profile" aria-current={current('profile')}>
                {t.nav.profile}
              </a>
              <AlertSettings />
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
      <AlertBar />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
