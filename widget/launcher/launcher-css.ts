/**
 * Resets the host element. `!important` because a page's `* {… !important}` matches the host itself and
 * only an important rule from inside the shadow tree outranks it; absolute so the host never joins the
 * page's layout (a grid or flex `gap` on body would otherwise shift the page when it is appended). It keeps
 * `z-index:auto`, so it makes no stacking context and `--cathy-z` still stacks against the whole page.
 */
export const HOST_CSS = ':host{all:initial!important;position:absolute!important}';

/**
 * The launcher's own styles, kept tiny for the loader. Colours and stacking come from custom properties
 * the theme sets on the button (`--cathy-accent`, `--cathy-on-accent`, `--cathy-focus`, `--cathy-z`).
 */
export const LAUNCHER_CSS =
  HOST_CSS +
  '.launcher{position:fixed;bottom:20px;right:20px;z-index:var(--cathy-z);box-sizing:border-box;width:56px;height:56px;margin:0;padding:0;border:0;border-radius:50%;display:flex;align-items:center;justify-content:center;cursor:pointer;background:var(--cathy-accent);color:var(--cathy-on-accent);box-shadow:0 4px 14px rgba(0,0,0,.25);transition:transform .15s}' +
  '.launcher[data-position=left]{right:auto;left:20px}' +
  '.launcher:hover{transform:scale(1.06)}' +
  '.launcher:focus-visible{outline:3px solid var(--cathy-focus);outline-offset:3px}' +
  '.launcher svg{width:28px;height:28px;fill:currentColor}' +
  '[aria-expanded=true] .open,[aria-expanded=false] .close{display:none}' +
  '.badge{position:absolute;top:-4px;right:-4px;box-sizing:border-box;min-width:20px;height:20px;padding:0 6px;border-radius:10px;background:#b3261e;color:#fff;font:600 12px/20px system-ui,sans-serif;text-align:center}' +
  '.badge[hidden]{display:none}' +
  '@media (prefers-reduced-motion:reduce){.launcher{transition:none}.launcher:hover{transform:none}}' +
  // Under the full-screen phone panel the launcher is covered: out of sight, out of the Tab order too.
  '@media (max-width:480px){.launcher[aria-expanded=true]{display:none}}';
