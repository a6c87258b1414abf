import { effect } from '@preact/signals';
import { render } from 'preact';
import { Widget } from './components/Widget.js';
import { createWidgetState } from './state/widget-state.js';
import { applyStyles, widgetCss } from './styles/index.js';
import type { MountParams, WidgetHandle } from './widget-types.js';

/**
 * Renders the chat panel into the loader's shadow root and takes over its launcher button.
 * From here on the launcher's clicks toggle the panel; the loader must not handle them too.
 *
 * @example
 * const widget = mountWidget({ root, launcher, client, options: { locale: 'es' } });
 * widget.open();
 */
export function mountWidget({ root, launcher, client, options }: MountParams): WidgetHandle {
  const state = createWidgetState(client, options);
  const removeStyles = applyStyles(root, widgetCss, options.nonce);
  const container = document.createElement('div');
  root.appendChild(container);
  render(<Widget state={state} launcher={launcher.element} />, container);

  const onClick = () => state.toggle();
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && state.snap.value.open) state.close();
  };
  launcher.element.addEventListener('click', onClick);
  launcher.element.addEventListener('keydown', onKeyDown);
  const stopSync = [
    effect(() => launcher.setExpanded(state.snap.value.open)),
    effect(() => launcher.setUnread(state.unread.value)),
    effect(() => {
      const { accent, position, mode, zIndex } = state.theme.value;
      launcher.setTheme({ accent, position, mode, zIndex });
    }),
  ];

  let destroyed = false;
  return {
    open: state.open,
    close: state.close,
    toggle: state.toggle,
    setTheme: state.setTheme,
    setPersona: state.setPersona,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      stopSync.forEach((stop) => stop());
      launcher.element.removeEventListener('click', onClick);
      launcher.element.removeEventListener('keydown', onKeyDown);
      render(null, container);
      container.remove();
      removeStyles();
      state.dispose();
    },
  };
}
