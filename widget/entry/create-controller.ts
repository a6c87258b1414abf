import type { Cathy } from '../cathy-types.js';
import type { CathyClient } from '../../sdk/client/types.js';
import type { LauncherHandle, WidgetHandle } from '../widget-types.js';

export interface ControllerParts {
  host: HTMLElement;
  launcher: LauncherHandle;
  client: CathyClient;
  widget: WidgetHandle;
}

/**
 * The public chat API over a mounted widget and its client. Commands go through the widget and the
 * client, never straight to the DOM, so the script tag and the npm SDK behave the same.
 */
export function createController({ host, launcher, client, widget }: ControllerParts): Cathy {
  let destroyed = false;
  return {
    open: () => widget.open(),
    close: () => widget.close(),
    toggle: () => widget.toggle(),
    send: (text) => client.send(text),
    identify: (payload) => client.identify(payload),
    setPersona: (persona) => widget.setPersona(persona),
    setTheme(theme) {
      widget.setTheme(theme);
      launcher.setTheme(theme);
    },
    on: (event, listener) => client.on(event, listener),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      widget.destroy();
      client.destroy();
      launcher.destroy();
      host.remove();
    },
  };
}
