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
}

/** What the lazily loaded `widget-chat.js` module exports; the loader depends on nothing else in it. */
export interface ChatChunk {
  startChat(params: StartChatParams): Cathy;
}
