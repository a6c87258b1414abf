import type { ConnectionStatus } from '../../sdk/client/types.js';
import type { Strings } from '../i18n/index.js';

/** Always rendered: a live region must exist before its text changes for screen readers to announce it. */
export function ConnectionBanner({ status, t }: { status: ConnectionStatus; t: Strings }) {
  const text = status === 'reconnecting' ? t.bannerReconnecting : status === 'offline' ? t.bannerOffline : '';
  return (
    <div role="status" class={text ? 'cathy-banner' : 'cathy-sr-only'}>
      {text}
    </div>
  );
}
