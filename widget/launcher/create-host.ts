export interface WidgetHost {
  host: HTMLElement;
  root: ShadowRoot;
}

/**
 * Appends the element the whole widget lives in. A custom tag name keeps the page's `div { … }` rules
 * off it, and the open shadow root keeps CSS from leaking either way.
 */
export function createHost(doc: Document): WidgetHost {
  const host = doc.createElement('cathy-chat');
  doc.body.append(host);
  return { host, root: host.attachShadow({ mode: 'open' }) };
}
