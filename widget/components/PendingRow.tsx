import type { PendingMessage } from '../../sdk/client/types.js';
import type { Strings } from '../i18n/index.js';
import { MessageRow } from './MessageRow.js';

interface Props {
  pending: PendingMessage;
  t: Strings;
  onRetry: (clientId: string) => void;
}

/** A visitor message the server has not confirmed: queued, sending, or failed with a Retry button. */
export function PendingRow({ pending, t, onRetry }: Props) {
  const failed = pending.status === 'failed';
  return (
    <MessageRow role="visitor" text={pending.text} speaker={t.you} state={pending.status}>
      <p class="cathy-meta" data-state={pending.status}>
        <span>{t.pending[pending.status]}</span>
        {failed ? (
          <button type="button" class="cathy-retry" onClick={() => onRetry(pending.clientId)}>
            {t.retry}
          </button>
        ) : null}
      </p>
    </MessageRow>
  );
}
