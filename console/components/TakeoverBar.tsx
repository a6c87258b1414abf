import { useEffect, useRef, useState } from 'preact/hooks';
import type { InboxItem } from '../../sdk/protocol/index.js';
import { useConsole } from './console-context.js';
import { ErrorNotice } from './ErrorNotice.js';
import { useAction } from './use-action.js';

/**
 * Who answers the shopper, and the buttons to change it: "Take over" when Cathy does; "Hand back" for the holder;
 * owners and managers may take a colleague's chat (a second press confirms) or hand it back.
 */
export function TakeoverBar({ item }: { item: InboxItem }) {
  const { session, takeover } = useConsole();
  const t = session.strings.value;
  const assistant = session.assistantName.value;
  const holder = item.holder;
  const mine = !!holder && holder.staffId === session.me.value?.id;
  const colleague = !!holder && !mine;
  const canManage = session.canManage.value;
  const [confirming, setConfirming] = useState(false);
  // The pressed button goes away with the change it made: the focus moves to what replaced it.
  const moved = useRef(false);
  const takeButton = useRef<HTMLButtonElement>(null);
  const take = useAction(async (force: boolean) => {
    await takeover.take(force);
    moved.current = true;
  });
  const handBack = useAction(async () => {
    await takeover.handBack();
    moved.current = true;
  });
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    if (mine) document.querySelector<HTMLTextAreaElement>('.composer textarea')?.focus();
    else takeButton.current?.focus();
  }, [mine, !!holder]);
  // Losing the race to a colleague is not an error to read: the line above now names them.
  const error = take.error?.code === 'CONFLICT' && colleague ? handBack.error : (take.error ?? handBack.error);
  const waiting = item.escalation?.status === 'waiting' ? item.escalation : undefined;

  return (
    <section class={mine ? 'takeover takeover-mine' : 'takeover'} aria-label={t.takeover.region}>
      {waiting && !holder && (
        <p class="takeover-waiting">
          {t.alerts.title} · {t.reasons[waiting.reason]}
        </p>
      )}
      <p role="status" class="takeover-who">
        {mine ? t.takeover.youHold : holder ? t.takeover.heldBy(holder.name) : t.takeover.answering(assistant)}
      </p>
      <div class="takeover-actions">
        {!holder && (
          <button ref={takeButton} type="button" class="primary" disabled={take.pending} onClick={() => void take.run(false)}>
            {t.takeover.take}
          </button>
        )}
        {colleague && canManage && (
          <button
            type="button"
            class={confirming ? 'danger' : undefined}
            disabled={take.pending}
            onClick={() => (confirming ? void take.run(true).then(() => setConfirming(false)) : setConfirming(true))}
            onBlur={() => setConfirming(false)}
          >
            {confirming ? t.takeover.confirmTakeFrom(holder.name) : t.takeover.takeFrom(holder.name)}
          </button>
        )}
        {(mine || (colleague && canManage)) && (
          <button type="button" disabled={handBack.pending} onClick={() => void handBack.run()}>
            {t.takeover.handBack(assistant)}
          </button>
        )}
      </div>
      <ErrorNotice error={error} />
    </section>
  );
}
