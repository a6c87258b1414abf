import type { Cathy } from '../cathy-types.js';
import type { ClientEventName } from '../../sdk/client/types.js';

export const COMMANDS = ['open', 'close', 'toggle', 'send', 'identify', 'setPersona', 'setTheme', 'on', 'destroy'] as const;
export type CommandName = (typeof COMMANDS)[number];

const EVENTS: readonly ClientEventName[] = ['ready', 'open', 'close', 'message', 'delta', 'typing', 'lead', 'phone', 'connection', 'error', 'change'];

interface Entry {
  name: CommandName;
  args: unknown[];
  cancelled?: boolean;
  unsubscribe?: () => void;
}

export interface CommandQueueOptions {
  warn(message: string): void;
  /** Called for each command accepted before a chat is attached, so the loader can react early. */
  onQueued(name: CommandName, args: unknown[]): void;
}

/** The command function that replaces `window.Cathy`, plus the switch to a mounted chat. */
export interface CommandQueue {
  call(name: unknown, ...args: unknown[]): unknown;
  /** Replays what was queued, in order, then passes every later call straight through. */
  attach(cathy: Cathy): void;
}

function run(cathy: Cathy, name: CommandName, args: unknown[]): unknown {
  // The page's arguments are untyped; the chat validates them and throws clear misuse errors.
  const [a, b] = args as [never, never];
  switch (name) {
    case 'on':
      return cathy.on(a, b);
    case 'send':
    case 'identify':
    case 'setPersona':
    case 'setTheme':
      return cathy[name](a);
    default:
      return cathy[name]();
  }
}

/**
 * Queues `Cathy(...)` commands until the chat chunk has loaded, then replays them in call order.
 * Unknown commands and bad `on` arguments warn once each instead of failing silently later.
 *
 * @example
 * const queue = createCommandQueue({ warn: console.warn, onQueued: () => load() });
 * queue.call('on', 'lead', (lead) => track(lead));
 * queue.attach(cathy);
 */
export function createCommandQueue(options: CommandQueueOptions): CommandQueue {
  let entries: Entry[] = [];
  let cathy: Cathy | null = null;

  const failed = (entry: Entry, error: unknown) =>
    options.warn(`[Cathy] Cathy('${entry.name}') failed: ${error instanceof Error ? error.message : String(error)}`);

  const safeRun = (target: Cathy, entry: Entry): unknown => {
    try {
      const result = run(target, entry.name, entry.args);
      // A queued identify's promise has no caller left to handle its refusal: warn rather than leave an unhandled rejection.
      if (result instanceof Promise) result.catch((error: unknown) => failed(entry, error));
      return result;
    } catch (error) {
      failed(entry, error);
      return undefined;
    }
  };

  return {
    call(name, ...args) {
      if (!COMMANDS.includes(name as CommandName)) {
        options.warn(`[Cathy] Unknown command ${JSON.stringify(name)}. Use one of: ${COMMANDS.join(', ')}.`);
        return undefined;
      }
      const entry: Entry = { name: name as CommandName, args };
      if (entry.name === 'on' && (!EVENTS.includes(args[0] as ClientEventName) || typeof args[1] !== 'function')) {
        options.warn(`[Cathy] Cathy('on', event, listener) needs one of ${EVENTS.join(', ')} and a function.`);
        return undefined;
      }
      if (cathy) return safeRun(cathy, entry);
      entries.push(entry);
      options.onQueued(entry.name, args);
      if (entry.name !== 'on') return undefined;
      return () => {
        entry.cancelled = true;
        entry.unsubscribe?.();
      };
    },
    attach(target) {
      cathy = target;
      const queued = entries;
      entries = [];
      for (const entry of queued) {
        if (entry.cancelled) continue;
        const result = safeRun(target, entry);
        if (typeof result === 'function') entry.unsubscribe = result as () => void;
      }
    },
  };
}
