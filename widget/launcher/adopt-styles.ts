/**
 * Adds CSS to a shadow root. Constructable stylesheets need nothing from a Content-Security-Policy;
 * older browsers get a style element carrying the page's nonce so `style-src 'nonce-…'` still allows it.
 */
export function adoptStyles(root: ShadowRoot, css: string, nonce?: string): () => void {
  const view = root.ownerDocument.defaultView;
  if (view && 'adoptedStyleSheets' in root && 'replaceSync' in view.CSSStyleSheet.prototype) {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }
  const style = root.ownerDocument.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  root.prepend(style);
  return () => style.remove();
}
