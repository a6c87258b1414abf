/** The input row; 16px text because iOS zooms the page into any smaller input on focus. */
export const composerCss = `
.cathy-composer{border-top:1px solid var(--border);padding:8px 8px 8px 12px;background:var(--bg)}
.cathy-composer-row{display:flex;align-items:flex-end;gap:8px}
.cathy-disclosure{margin:0 0 6px;font-size:12px;line-height:1.4;color:var(--muted)}
.cathy-input{flex:1;min-width:0;resize:none;border:0;background:transparent;color:var(--fg);font:inherit;font-size:16px;
line-height:1.4;padding:10px 0;max-height:140px;overflow-y:auto}
.cathy-input::placeholder{color:var(--muted);opacity:1}
.cathy-input:focus-visible{outline:none}
.cathy-composer:focus-within{box-shadow:inset 0 2px 0 var(--cathy-focus)}
.cathy-send{flex:none;height:40px;padding:0 16px;border:0;border-radius:20px;background:var(--cathy-accent);
color:var(--cathy-on-accent);font:inherit;font-weight:600;cursor:pointer}
.cathy-send:disabled{cursor:default;background:var(--bubble);color:var(--muted)}
.cathy-counter{margin:2px 0 0;font-size:12px;color:var(--muted);text-align:right}
`;
