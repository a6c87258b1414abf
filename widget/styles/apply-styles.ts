/**
 * Adds `css` to the shadow root and returns a remover. Constructable stylesheets need no nonce, so a
 * strict `style-src` works untouched; older browsers get a `<style>` carrying the page's nonce.
 */
export function applyStyles(root: ShadowRoot, css: string, nonce?: string): () => void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    // Append: the loader's launcher stylesheet may already be adopted here.
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }
  const style = document.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  root.appendChild(style);
  return () => style.remove();
}
