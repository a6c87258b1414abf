import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Locale, PersonaDisplay, Theme } from '../../sdk/protocol/index.js';
import type { AgentEvent, CathyClient, ClientSnapshot } from '../../sdk/client/types.js';
import type { WidgetOptions } from '../widget-types.js';
import { pickLocale, stringsFor, type Strings } from '../i18n/index.js';
import { resolveTheme, type ResolvedTheme } from '../theme/resolve-theme.js';
import { mediaSignal } from './color-scheme.js';
import { mergeDefined } from './merge.js';

export interface WidgetState {
  snap: ReadonlySignal<ClientSnapshot>;
  persona: ReadonlySignal<PersonaDisplay>;
  /** The page's own greeting (display-only), shown in place of the server's stored one. */
  pageGreeting: ReadonlySignal<string | undefined>;
  theme: ReadonlySignal<ResolvedTheme>;
  scheme: ReadonlySignal<'light' | 'dark'>;
  /** The page's locale if it set one, else the language Cathy writes in now, else the session's or the browser's. */
  locale: ReadonlySignal<Locale>;
  strings: ReadonlySignal<Strings>;
  /** Cathy's messages that arrived while the panel was closed. */
  unread: ReadonlySignal<number>;
  /** People of the dealership joining and leaving, in order, for the lines in the conversation. */
  handoffs: ReadonlySignal<readonly AgentEvent[]>;
  /** The latest finished reply, person joining or leaving, or who started typing, for the polite live region. */
  announcement: ReadonlySignal<string>;
  /** Returns false when nothing was sent, so the composer keeps the visitor's text. */
  send(text: string): boolean;
  retry(clientId: string): void;
  /** The visitor typed (`true`) or emptied the input (`false`). */
  typing(on: boolean): void;
  open(): void;
  close(): void;
  toggle(): void;
  setTheme(theme: Theme): void;
  setPersona(persona: Partial<PersonaDisplay>): void;
  dispose(): void;
}

/** Mirrors the client's snapshot into signals; the only place the UI talks to the client. */
export function createWidgetState(client: CathyClient, options: WidgetOptions): WidgetState {
  const snap = signal(client.snapshot());
  const themeOverride = signal<Theme>(options.theme ?? {});
  const personaOverride = signal<Partial<PersonaDisplay>>(options.persona ?? {});
  const unread = signal(0);
  const announcement = signal('');
  const seenHandoffs = signal<AgentEvent[]>([]);
  const dark = mediaSignal('(prefers-color-scheme: dark)');

  // Cathy answers in the visitor's language (a Spanish first message gets Spanish replies), and the widget follows.
  const replyLocale = computed(() => [...snap.value.messages].reverse().find((m) => m.role === 'assistant' && m.locale)?.locale);
  const locale = computed(() =>
    pickLocale(options.locale, replyLocale.value, snap.value.locale, typeof navigator === 'undefined' ? undefined : navigator.language),
  );
  const strings = computed(() => stringsFor(locale.value));
  const persona = computed((): PersonaDisplay => {
    const t = strings.value;
    const merged = mergeDefined<PersonaDisplay>(snap.value.persona, personaOverride.value);
    return {
      ...merged,
      name: merged.name?.trim() || t.defaultName,
      greeting: merged.greeting?.trim() || t.defaultGreeting(merged.name?.trim() || t.defaultName),
    };
  });
  const pageGreeting = computed(() => personaOverride.value.greeting?.trim() || undefined);
  const theme = computed(() => resolveTheme(mergeDefined<Theme>(snap.value.theme, themeOverride.value)));
  const scheme = computed(() => {
    const mode = theme.value.mode;
    return mode === 'auto' ? (dark.value.value ? 'dark' : 'light') : mode;
  });

  // A session that started with a person holding the chat (a reload mid-takeover) shows their line too.
  const handoffs = computed(() => {
    const agent = snap.value.agent;
    const seen = seenHandoffs.value;
    return agent && !seen.some((e) => e.kind === 'joined' && e.at === agent.at) ? [...seen, { kind: 'joined' as const, ...agent }] : seen;
  });
  // Read the client directly: its events may fire before the matching 'change'.
  const announce = (text: string) => {
    if (client.snapshot().open) announcement.value = text;
  };

  const unsubscribe = [
    client.on('change', (s) => {
      snap.value = s;
    }),
    client.on('message', (m) => {
      if (m.role === 'visitor') return;
      if (!client.snapshot().open) unread.value += 1;
      announce(`${m.role === 'agent' ? (m.author?.name ?? '') : persona.value.name}: ${m.text}`);
    }),
    client.on('agent', (e) => {
      seenHandoffs.value = [...seenHandoffs.value, e];
      const t = strings.value;
      announce(e.kind === 'joined' ? t.agentJoined(e.name, e.dealer) : t.agentLeft(e.name, persona.value.name));
    }),
    client.on('typing', ({ on, role }) => {
      const agent = client.snapshot().agent;
      if (on) announce(strings.value.typing(role === 'agent' && agent ? agent.name : persona.value.name));
    }),
  ];
  const stopClearing = effect(() => {
    if (snap.value.open) unread.value = 0;
  });

  return {
    snap,
    persona,
    pageGreeting,
    theme,
    scheme,
    locale,
    strings,
    unread,
    handoffs,
    announcement,
    send(text) {
      const trimmed = text.trim();
      if (!trimmed) return false;
      client.send(trimmed);
      return true;
    },
    retry: (id) => client.retry(id),
    typing: (on) => client.sendTyping(on),
    open: () => client.open(),
    close: () => client.close(),
    toggle: () => client.toggle(),
    setTheme(t) {
      themeOverride.value = mergeDefined<Theme>(themeOverride.value, t);
    },
    setPersona(p) {
      personaOverride.value = mergeDefined<PersonaDisplay>(personaOverride.value, p);
    },
    dispose() {
      unsubscribe.forEach((off) => off());
      stopClearing();
      dark.dispose();
    },
  };
}
