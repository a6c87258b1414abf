import { shopperLabel } from '../i18n/index.js';
import { conversationPath } from '../state/routes.js';
import { useConsole } from './console-context.js';

/**
 * Shoppers waiting for a person, newest first, each with Open and Dismiss; gone once someone takes the chat. Someone
 * working for several stores is told which one.
 */
export function AlertBar() {
  const { session, alerts } = useConsole();
  const t = session.strings.value;
  const list = alerts.alerts.value;
  const memberships = session.me.value?.memberships ?? [];
  const store = (siteId: string) => (memberships.length > 1 ? memberships.find((m) => m.siteId === siteId)?.siteName : undefined);
  if (!list.length) return null;
  return (
    <section class="alerts" aria-label={t.alerts.region}>
      {list.map(({ item, reason }) => {
        const who = shopperLabel(item.visitor, t);
        return (
          <div key={item.conversationId} class="alert" role="alert">
            <p class="alert-text">
              <strong>{t.alerts.title}</strong>
              <span>
                {[who, t.reasons[reason], store(item.siteId)].filter(Boolean).join(' · ')}
              </span>
              {item.lastMessage && <span class="preview">{item.lastMessage.text}</span>}
            </p>
            <a class="button" href={conversationPath(item.conversationId)}>
              {t.alerts.open}
            </a>
            <button
              type="button"
              aria-label={`${t.alerts.dismiss}: ${who}`}
              onClick={() => {
                alerts.resolved(item.conversationId);
                // The button is gone with its alert: carry on reading the page.
                document.getElementById('main')?.focus();
              }}
            >
              {t.alerts.dismiss}
            </button>
          </div>
        );
      })}
    </section>
  );
}
