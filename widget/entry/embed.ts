/**
 * Script-tag entry, built to `widget.js`: the only file that reads the page's globals. It sets one
 * global, `window.Cathy`, and nothing else.
 */
import type { ChatChunk } from '../loader/chat-chunk.js';
import { CHAT_CHUNK_FILE } from '../loader/chat-chunk-file.js';
import { startLoader } from '../loader/start-loader.js';

startLoader({
  window,
  // currentScript is null only where the loader was evaluated indirectly; the data-site tag is the best guess then.
  script: (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[data-site][src*="widget"]'),
  chunkFile: CHAT_CHUNK_FILE,
  loadChunk: (url) => import(/* @vite-ignore */ url) as Promise<ChatChunk>,
});
