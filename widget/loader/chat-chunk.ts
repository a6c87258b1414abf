import type { Cathy } from '../cathy-types.js';
import type { ClientOptions } from '../../sdk/client/types.js';
import type { LauncherHandle, WidgetOptions } from '../widget-types.js';

export interface StartChatParams {
  /** The element the widget lives in; removed on `destroy()`. */
  host: HTMLElement;
  root: ShadowRoot;
  launcher: LauncherHandle;
  client: ClientOptions;
  widget: WidgetOptions;
  /** Runs once the chat exists and before it connects, so listeners added here see every event. */
  setup?: (cathy: Cathy) => void;
  /**
   * True when the shopper already acted (hovered, focused, clicked or a command asked for the server): connect
   * at once. Otherwise the chat connects on the first hover, focus, open, send or identify, or at once for a
   * returning visitor who has chatted (see docs/script-tag.md, "How loading works").
   */
  connect?: boolean;
}

/** What the lazily loaded `widget-chat.js` module exports; the loader depends on nothing else in it. */
export interface ChatChunk {
  startChat(params: StartChatParams): Cathy;
}
