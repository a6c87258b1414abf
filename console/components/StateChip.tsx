import type { InboxState } from '../../sdk/protocol/index.js';
import { useStrings } from './console-context.js';

export function StateChip({ state }: { state: InboxState }) {
  const t = useStrings();
  return <span class={`chip chip-${state}`}>{t.states[state]}</span>;
}
