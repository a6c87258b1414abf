import { useLayoutEffect, useRef } from 'preact/hooks';
import type { WidgetState } from '../state/widget-state.js';
import { Composer } from './Composer.js';
import { ConnectionBanner } from './ConnectionBanner.js';
import { Header, TITLE_ID } from './Header.js';
import { MessageList } from './MessageList.js';
import { useVisualViewport } from './use-visual-viewport.js';

interface Props {
  state: WidgetState;
  launcher: HTMLButtonElement;
}

/** The chat dialog. Non-modal: the visitor can keep using the dealer's page beside it. */
export function Panel({ state, launcher }: Props) {
  const snap = state.snap.value;
  const t = state.strings.value;
  const persona = state.persona.value;
  const panelRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const focusInside = useRef(false);
  const mounted = useRef(false);
  useVisualViewport(panelRef, snap.open);

  // Layout effect: runs before the browser moves focus off the now-hidden panel by itself.
  useLayoutEffect(() => {
    // A panel restored open after navigation must not steal focus from the page.
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    if (snap.open) {
      // Only an open the visitor is acting for takes focus: page code opening it (data-open, a timer) would pull
      // keyboard and screen-reader users out of the page, or catch keys typed into a form. No API: assume they are.
      if (navigator.userActivation?.isActive !== false) inputRef.current?.focus();
    } else if (focusInside.current) launcher.focus();
  }, [snap.open]);

  // Closed first: on a phone the launcher is hidden while the panel is open, and a hidden button takes no focus.
  const close = () => {
    state.close();
    launcher.focus();
  };
  // From Cathy's ask until the visitor answers it (a message of their own, sent or on its way).
  const last = snap.messages[snap.messages.length - 1];
  const asking = last && last.role !== 'visitor' && last.disclosure && snap.pending.length === 0 ? last.disclosure : null;
  const known = snap.messages.findLast((m) => m.role !== 'visitor' && m.disclosure)?.disclosure ?? null;

  return (
    <div
      ref={panelRef}
      class="cathy-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={TITLE_ID}
      hidden={!snap.open}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        close();
      }}
      onFocusIn={() => {
        focusInside.current = true;
      }}
      onFocusOut={(e) => {
        focusInside.current = !!panelRef.current?.contains(e.relatedTarget as Node | null);
      }}
    >
      <Header persona={persona} agent={snap.agent} status={snap.status} team={snap.site?.team} t={t} onClose={close} />
      <ConnectionBanner status={snap.status} t={t} />
      <MessageList
        snap={snap}
        persona={persona}
        handoffs={state.handoffs.value}
        pageGreeting={state.pageGreeting.value}
        t={t}
        locale={state.locale.value}
        onRetry={state.retry}
      />
      <Composer t={t} inputRef={inputRef} asking={asking} known={known} onSend={state.send} onTyping={state.typing} />
    </div>
  );
}
