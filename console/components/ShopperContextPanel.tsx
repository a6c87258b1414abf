import type { ShopperContext } from '../../sdk/protocol/index.js';
import { useConsole } from './console-context.js';
import { formatTime } from './format.js';

/** Where the shopper came from and what they looked at; URLs shown as text, not links a click could follow. */
export function ShopperContextPanel({ context }: { context: ShopperContext }) {
  const { session } = useConsole();
  const t = session.strings.value.conversation;
  const utm = context.utm && Object.entries(context.utm).filter(([, v]) => v);
  return (
    <section class="card" aria-labelledby="context-title">
      <h3 id="context-title">{t.context}</h3>
      <dl>
        {context.landingPage && (
          <>
            <dt>{t.landingPage}</dt>
            <dd class="url">{context.landingPage.title || context.landingPage.url}</dd>
          </>
        )}
        {context.referrer && (
          <>
            <dt>{t.referrer}</dt>
            <dd class="url">{context.referrer}</dd>
          </>
        )}
        {utm && utm.length > 0 && (
          <>
            <dt>{t.utm}</dt>
            <dd>{utm.map(([k, v]) => `${k}: ${v}`).join(' · ')}</dd>
          </>
        )}
        <dt>{t.returning}</dt>
        <dd>{context.returning ? t.yes : t.no}</dd>
        <dt>{t.identified}</dt>
        <dd>{context.identified ? t.yes : t.no}</dd>
        <dt>{t.firstSeen}</dt>
        <dd>{formatTime(context.firstSeenAt, session.locale.value)}</dd>
      </dl>
      {context.pagesViewed.length > 0 && (
        <>
          <h4>{t.pagesViewed}</h4>
          <ol class="pages">
            {context.pagesViewed.map((page) => (
              <li key={page.at + page.url}>
                <span class="url">{page.title || page.url}</span> <time dateTime={page.at}>{formatTime(page.at, session.locale.value)}</time>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
