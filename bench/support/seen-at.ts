import type { Page } from 'playwright-core';

/**
 * Defines, in the page, `benchSeenAt(selector, marker)`: a wait for `marker` to show in an element matching
 * `selector` (in the document or the widget's open shadow root) that answers the epoch time of the frame painting
 * it. A string: tsx would wrap a function. Add it with `addInitScript` or `evaluate`.
 */
export const DEFINE_SEEN_AT = `
  window.benchSeenAt = function (selector, marker) {
    return new Promise(function (resolve) {
      function roots() {
        var host = document.querySelector('cathy-chat');
        return host && host.shadowRoot ? [document, host.shadowRoot] : [document];
      }
      function check() {
        return roots().some(function (root) {
          return Array.prototype.some.call(root.querySelectorAll(selector), function (el) { return (el.textContent || '').indexOf(marker) >= 0; });
        });
      }
      function painted() { requestAnimationFrame(function () { resolve(performance.timeOrigin + performance.now()); }); }
      if (check()) return painted();
      var observer = new MutationObserver(function () {
        if (!check()) return;
        observer.disconnect();
        painted();
      });
      roots().forEach(function (root) { observer.observe(root, { subtree: true, childList: true, characterData: true }); });
    });
  };
`;

/** The epoch time of the frame in which `marker` first shows under `selector` (see DEFINE_SEEN_AT). */
export function seenAt(page: Page, selector: string, marker: string): Promise<number> {
  return page.evaluate(`window.benchSeenAt(${JSON.stringify(selector)}, ${JSON.stringify(marker)})`) as Promise<number>;
}
