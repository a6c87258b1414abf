import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Mirrors the visual viewport into CSS variables while the panel is open. On phones the on-screen
 * keyboard shrinks only the visual viewport, so a full-screen panel sized by it keeps the input
 * above the keyboard; the mobile media query is the only rule that reads these variables.
 */
export function useVisualViewport(ref: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    const vv = typeof window === 'undefined' ? undefined : window.visualViewport;
    const el = ref.current;
    if (!active || !vv || !el) return;
    const update = () => {
      el.style.setProperty('--cathy-vv-height', `${vv.height}px`);
      el.style.setProperty('--cathy-vv-top', `${vv.offsetTop}px`);
    };
    update();
    vv.addEventListener('resize', update);
    vv.addEventListener('scroll', update);
    return () => {
      vv.removeEventListener('resize', update);
      vv.removeEventListener('scroll', update);
    };
  }, [active]);
}
