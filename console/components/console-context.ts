import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ConsoleState } from '../state/console-state.js';

export const ConsoleContext = createContext<ConsoleState | null>(null);

export function useConsole(): ConsoleState {
  const state = useContext(ConsoleContext);
  if (!state) throw new Error('[Cathy] Failed to render a console screen: it needs <ConsoleContext.Provider>. Mount it with mountConsole().');
  return state;
}

/** The strings of the language in use. */
export function useStrings() {
  return useConsole().session.strings.value;
}
