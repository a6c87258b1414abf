import type { Locale, PersonaDisplay, Theme } from '../sdk/protocol/index.js';
import type { CathyClient } from '../sdk/client/types.js';

/** The plain-DOM launcher button the loader draws before the chat code arrives; the chat UI takes it over. */
export interface LauncherHandle {
  readonly element: HTMLButtonElement;
  setUnread(count: number): void;
  setExpanded(open: boolean): void;
  setTheme(theme: Theme): void;
  destroy(): void;
}

export interface WidgetOptions {
  locale?: Locale;
  theme?: Theme;
  /** Display-only overrides (name, avatar, greeting); never reach the server's prompts. */
  persona?: Partial<PersonaDisplay>;
  /** CSP nonce for the widget's style element when constructable stylesheets are unavailable. */
  nonce?: string;
}

export interface WidgetHandle {
  open(): void;
  close(): void;
  toggle(): void;
  setTheme(theme: Theme): void;
  setPersona(persona: Partial<PersonaDisplay>): void;
  destroy(): void;
}

export interface MountParams {
  /** The shadow root created by the entry; the widget renders its panel and styles inside it. */
  root: ShadowRoot;
  launcher: LauncherHandle;
  client: CathyClient;
  options: WidgetOptions;
}
