import type { Theme } from '../../sdk/protocol/index.js';
import type { LauncherHandle } from '../widget-types.js';

/** A real, labelled button like the loader's, recording what the widget drives on it. */
export class FakeLauncher implements LauncherHandle {
  readonly element: HTMLButtonElement;
  unread = 0;
  theme: Theme = {};

  constructor(root: ShadowRoot) {
    this.element = document.createElement('button');
    this.element.type = 'button';
    this.element.setAttribute('aria-label', 'Chat with us');
    this.element.setAttribute('aria-expanded', 'false');
    root.append(this.element);
  }

  setUnread(count: number): void {
    this.unread = count;
  }
  setExpanded(open: boolean): void {
    this.element.setAttribute('aria-expanded', String(open));
  }
  setTheme(theme: Theme): void {
    this.theme = theme;
  }
  destroy(): void {
    this.element.remove();
  }
}
