import type { LeadDeliveryView } from '../../sdk/protocol/index.js';
import { useConsole } from './console-context.js';
import { ErrorNotice } from './ErrorNotice.js';
import { useAction } from './use-action.js';

function DeliveryRow({ delivery }: { delivery: LeadDeliveryView }) {
  const { session, conversation } = useConsole();
  const t = session.strings.value.lead;
  const retry = useAction(() => conversation.retry(delivery));
  const canRetry = delivery.status === 'failed' && delivery.retryable;
  return (
    <li class={`delivery delivery-${delivery.status}`}>
      <span>
        {t.deliveryKinds[delivery.kind]} · <span class="delivery-event">{delivery.event}</span>
      </span>
      <span class="delivery-status">{t.deliveryStates[delivery.status]}</span>
      <span class="muted">{t.attempts(delivery.attempts)}</span>
      {delivery.lastError && delivery.status === 'failed' && <span class="muted delivery-error">{delivery.lastError}</span>}
      {canRetry && (
        <button type="button" onClick={() => void retry.run()} disabled={retry.pending}>
          {t.retry}
        </button>
      )}
      <ErrorNotice error={retry.error} />
    </li>
  );
}

/** Each delivery of the lead and its state; only failed ones offer Retry. */
export function Deliveries({ deliveries }: { deliveries: LeadDeliveryView[] }) {
  const t = useConsole().session.strings.value.lead;
  return (
    <section aria-labelledby="deliveries-title">
      <h4 id="deliveries-title">{t.deliveries}</h4>
      {deliveries.length ? (
        <ul class="deliveries">
          {deliveries.map((d) => (
            <DeliveryRow key={d.id} delivery={d} />
          ))}
        </ul>
      ) : (
        <p class="muted">{t.noDeliveries}</p>
      )}
    </section>
  );
}
