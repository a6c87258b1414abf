import { vi } from 'vitest';
import type { Cathy } from '../cathy-types.js';

/** A chat whose every method records its calls, in one shared log for order checks. */
export function fakeCathy(log: Array<[string, ...unknown[]]> = []) {
  const unsubscribe = vi.fn();
  const record =
    (name: string, result?: unknown) =>
    (...args: unknown[]) => {
      log.push([name, ...args]);
      return result;
    };
  const cathy = {
    open: vi.fn(record('open')),
    close: vi.fn(record('close')),
    toggle: vi.fn(record('toggle')),
    send: vi.fn(record('send')),
    identify: vi.fn(record('identify', Promise.resolve({ verified: false }))),
    setPersona: vi.fn(record('setPersona')),
    setTheme: vi.fn(record('setTheme')),
    on: vi.fn(record('on', unsubscribe)),
    destroy: vi.fn(record('destroy')),
  } satisfies Record<keyof Cathy, unknown>;
  return { cathy: cathy as unknown as Cathy, calls: cathy, log, unsubscribe };
}
