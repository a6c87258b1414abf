import { HOST_CSS } from '../launcher/launcher-css.js';

/**
 * Reset, palettes and the panel frame. Palette surfaces must match SURFACE in theme/resolve-theme.ts.
 * The host rule repeats the launcher's, so this sheet, adopted after it, cannot undo it. The panel contains
 * overscroll so a wheel or swipe over its header or input does not scroll the page behind a full-screen panel.
 */
export const baseCss = `
${HOST_CSS}
.cathy{--bg:#fff;--fg:#1a1a1a;--muted:#5f6368;--bubble:#f1f3f4;--border:#dadce0;--warn-bg:#fff4e5;--warn-fg:#5c3b00;--danger:#b3261e;
font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);
-webkit-text-size-adjust:100%;text-align:left}
.cathy[data-scheme=dark]{--bg:#1c1c1e;--fg:#f2f2f2;--muted:#b0b0b5;--bubble:#2c2c2e;--border:#3a3a3c;--warn-bg:#3d2e00;--warn-fg:#ffe08a;--danger:#ff8a80;color-scheme:dark}
.cathy *,.cathy *::before,.cathy *::after{box-sizing:border-box}
.cathy :focus-visible{outline:2px solid var(--cathy-focus);outline-offset:2px}
.cathy-panel{position:fixed;bottom:88px;right:20px;z-index:var(--cathy-z);display:flex;flex-direction:column;
width:380px;height:min(640px,calc(100vh - 120px));background:var(--bg);border-radius:16px;overflow:hidden;
box-shadow:0 12px 40px rgba(0,0,0,.24);animation:cathy-in .18s ease-out;overscroll-behavior:contain}
.cathy-panel[hidden]{display:none}
.cathy[data-position=left] .cathy-panel{right:auto;left:20px}
@keyframes cathy-in{from{opacity:0;transform:translateY(12px)}}
@media (max-width:480px){.cathy .cathy-panel{top:var(--cathy-vv-top,0px);left:0;right:0;bottom:auto;width:100%;
height:var(--cathy-vv-height,100%);border-radius:0}}
.cathy-header{display:flex;align-items:center;gap:10px;padding:12px 12px 12px 16px;background:var(--cathy-accent);color:var(--cathy-on-accent)}
.cathy-header-text{flex:1;min-width:0}
.cathy-title{margin:0;font-size:16px;font-weight:600;line-height:1.25;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.cathy-status{margin:0;font-size:13px;line-height:1.3}
.cathy-header .cathy-status::before{content:"";display:inline-block;width:8px;height:8px;margin-right:6px;border-radius:50%;background:currentColor;opacity:.6}
.cathy-header[data-online=true] .cathy-status::before{opacity:1;background:#34c759}
.cathy-avatar{flex:none;width:36px;height:36px;border-radius:50%;object-fit:cover;display:flex;align-items:center;
justify-content:center;font-weight:600;font-size:16px;background:var(--cathy-on-accent);color:var(--cathy-accent)}
.cathy-icon-button{flex:none;width:44px;height:44px;border:0;border-radius:50%;background:transparent;color:inherit;
font:inherit;font-size:24px;line-height:1;cursor:pointer}
.cathy-icon-button:hover{background:rgba(127,127,127,.2)}
.cathy-header :focus-visible{outline-color:currentColor}
.cathy-banner{margin:0;padding:8px 16px;font-size:14px;background:var(--warn-bg);color:var(--warn-fg)}
.cathy-sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (prefers-reduced-motion:reduce){.cathy *,.cathy *::before,.cathy *::after{animation:none!important;transition:none!important}}
`;
