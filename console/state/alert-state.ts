import { signal } from '@preact/signals';
import type { EscalationReason, InboxItem } from '../../sdk/protocol/index.js';
import type { SoundPlayer } from '../device/chime.js';
import type { AlertPermission, DesktopNotifier } from '../device/desktop-notifier.js';
import { shopperLabel, type Strings } from '../i18n/index.js';
import type { Preferences } from './preferences.js';

export interface WaitingAlert {
  item: InboxItem;
  reason: EscalationReason;
}

export interface AlertDeps {
  sound: SoundPlayer;
  notifier: DesktopNotifier;
  prefs: Preferences;
  strings(): Strings;
  /** The conversation on screen, if any. */
  openId(): string | undefined;
  /** The page is in a background tab or a minimized window. */
  hidden(): boolean;
  open(conversationId: string): void;
}

/**
 * A shopper waiting for a person: an alert on screen until someone opens, takes or dismisses it, a sound unless
 * muted (remembered on this device), and a desktop notification where the person allowed them and is looking
 * elsewhere (another tab, another conversation).
 */
export function createAlertState(deps: AlertDeps) {
  const alerts = signal<WaitingAlert[]>([]);
  const muted = signal(deps.prefs.get('muted') === 'true');
  const permission = signal<AlertPermission>(deps.notifier.permission());
  const without = (conversationId: string) => alerts.value.filter((a) => a.item.conversationId !== conversationId);

  return {
    alerts,
    muted,
    permission,
    escalated(item: InboxItem, reason: EscalationReason) {
      alerts.value = [{ item, reason }, ...without(item.conversationId)];
      if (!muted.value) deps.sound.play();
      const id = item.conversationId;
      if (permission.value !== 'granted' || (!deps.hidden() && deps.openId() === id)) return;
      const t = deps.strings();
      const who = shopperLabel(item.visitor, t);
      const body = item.lastMessage ? `${who}: ${item.lastMessage.text}` : who;
      deps.notifier.show({ title: t.alerts.title, body, tag: `cathy-waiting-${id}` }, () => deps.open(id));
    },
    /** Opened, taken (by anyone) or no longer waiting: the alert goes. */
    resolved(conversationId: string) {
      if (alerts.value.some((a) => a.item.conversationId === conversationId)) alerts.value = without(conversationId);
    },
    setMuted(next: boolean) {
      muted.value = next;
      deps.prefs.set('muted', String(next));
    },
    async askPermission() {
      permission.value = await deps.notifier.request();
    },
  };
}

export type AlertState = ReturnType<typeof createAlertState>;
