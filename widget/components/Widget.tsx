import type { WidgetState } from '../state/widget-state.js';
import { themeVars } from '../theme/resolve-theme.js';
import { LiveRegion } from './LiveRegion.js';
import { Panel } from './Panel.js';

/** Root of the shadow tree: palette, position and theme variables for everything below. */
export function Widget({ state, launcher }: { state: WidgetState; launcher: HTMLButtonElement }) {
  const theme = state.theme.value;
  const scheme = state.scheme.value;
  return (
    <div class="cathy" data-scheme={scheme} data-position={theme.position} style={themeVars(theme, scheme)}>
      <Panel state={state} launcher={launcher} />
      <LiveRegion text={state.announcement.value} />
    </div>
  );
}
