import type { SiteDisplay } from '../../sdk/protocol/index.js';
import { safeHref } from '../../sdk/common/safe-url.js';
import type { Strings } from '../i18n/index.js';

/**
 * "Chats are recorded and shared with <dealer>. Privacy policy": said before the first message, because
 * California wiretap suits (CIPA) target chat widgets that do not. The dealer's name arrives with the session.
 */
export function RecordedNotice({ site, t }: { site: SiteDisplay | null; t: Strings }) {
  const href = site?.privacyUrl ? safeHref(site.privacyUrl) : null;
  return (
    <p class="cathy-notice">
      {t.recorded(site?.name)}
      {href && ' '}
      {href && (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {t.privacyPolicy}
        </a>
      )}
    </p>
  );
}
