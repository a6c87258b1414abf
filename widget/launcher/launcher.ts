import type { Locale, Theme } from '../../sdk/protocol/index.js';
import type { LauncherHandle } from '../widget-types.js';
import { adoptStyles } from './adopt-styles.js';
import { LAUNCHER_CSS } from './launcher-css.js';
import { applyLauncherTheme } from './launcher-theme.js';

export interface LauncherOptions {
  locale: Locale;
  theme: Theme;
  nonce?: string | undefined;
}

const LABELS: Record<Locale, readonly [label: string, unread: string]> = {
  en: ['Chat with us', 'unread'],
  es: ['Chatea con nosotros', 'sin leer'],
};

const SVG_NS = 'http://www.w3.org/2000/svg';
const ICONS = {
  open: 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z',
  close: 'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z',
};

// Built with createElementNS rather than markup so pages enforcing Trusted Types accept it.
function icon(doc: Document, kind: keyof typeof ICONS): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', kind);
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', ICONS[kind]);
  svg.append(path);
  return svg;
}

/**
 * Draws the plain-DOM launcher button into the widget's shadow root. It is visible before any chat
 * code loads; the chat UI takes it over through the returned handle.
 *
 * @example
 * const launcher = createLauncher(root, { locale: 'en', theme: { position: 'left' } });
 * launcher.setUnread(2);
 */
export function createLauncher(root: ShadowRoot, options: LauncherOptions): LauncherHandle {
  const doc = root.ownerDocument;
  const [label, unreadWord] = LABELS[options.locale];
  const removeStyles = adoptStyles(root, LAUNCHER_CSS, options.nonce);
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('part', 'launcher');
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-label', label);
  const badge = doc.createElement('span');
  badge.className = 'badge';
  badge.hidden = true;
  badge.setAttribute('aria-hidden', 'true');
  button.append(icon(doc, 'open'), icon(doc, 'close'), badge);
  root.append(button);

  let theme: Theme = {};
  const handle: LauncherHandle = {
    element: button,
    setUnread(count) {
      const n = Math.max(0, Math.floor(count));
      badge.hidden = n === 0;
      badge.textContent = n > 99 ? '99+' : String(n);
      button.setAttribute('aria-label', n ? `${label}, ${n} ${unreadWord}` : label);
    },
    setExpanded(open) {
      button.setAttribute('aria-expanded', String(open));
    },
    setTheme(next) {
      theme = { ...theme, ...next };
      applyLauncherTheme(button, theme);
    },
    destroy() {
      button.remove();
      removeStyles();
    },
  };
  handle.setTheme(options.theme);
  return handle;
}
