/**
 * Message list, bubbles, formatted text, typing indicator and the consent notice. A link in the visitor's
 * accent bubble takes its focus ring from the text colour: the accent ring would vanish on the accent.
 */
export const messagesCss = `
.cathy-log{flex:1;overflow-y:auto;overscroll-behavior:contain;padding:16px 12px;display:flex;flex-direction:column;gap:8px}
.cathy-log:focus-visible{outline:2px solid var(--cathy-accent);outline-offset:-2px}
.cathy-notice{margin:0 0 4px;text-align:center;font-size:13px;color:var(--muted)}
.cathy-row{display:flex;flex-direction:column;align-items:flex-start;max-width:85%}
.cathy-row[data-role=visitor]{align-self:flex-end;align-items:flex-end}
.cathy-bubble{padding:8px 12px;border-radius:16px 16px 16px 4px;background:var(--bubble);overflow-wrap:anywhere}
.cathy-row[data-role=visitor] .cathy-bubble{border-radius:16px 16px 4px 16px;background:var(--cathy-accent);color:var(--cathy-on-accent)}
.cathy-row[data-role=agent] .cathy-bubble{background:var(--bg);border:1px solid var(--cathy-accent)}
.cathy-row[data-state=failed] .cathy-bubble{opacity:.75}
.cathy-author{display:flex;align-items:center;gap:6px;margin:0 0 4px;font-size:12px;color:var(--muted)}
.cathy-author .cathy-avatar{width:24px;height:24px;font-size:12px;background:var(--cathy-accent);color:var(--cathy-on-accent)}
.cathy-text p,.cathy-text ul,.cathy-text ol{margin:0}
.cathy-text p+*,.cathy-text ul+*,.cathy-text ol+*{margin-top:8px}
.cathy-text ul,.cathy-text ol{padding-left:20px}
.cathy-text a{color:inherit;text-decoration:underline}
.cathy-row[data-role=visitor] .cathy-bubble :focus-visible{outline-color:currentColor}
.cathy-meta{margin:4px 4px 0;font-size:12px;color:var(--muted);display:flex;align-items:center;gap:8px}
.cathy-meta[data-state=failed]{color:var(--danger)}
.cathy-retry{border:1px solid currentColor;border-radius:12px;background:transparent;color:inherit;font:inherit;
padding:4px 10px;min-height:28px;cursor:pointer}
.cathy-typing{display:flex;gap:4px;padding:12px 14px;border-radius:16px 16px 16px 4px;background:var(--bubble);align-self:flex-start}
.cathy-typing span{width:7px;height:7px;border-radius:50%;background:var(--muted);animation:cathy-dot 1.2s infinite ease-in-out}
.cathy-typing span:nth-child(2){animation-delay:.15s}
.cathy-typing span:nth-child(3){animation-delay:.3s}
@keyframes cathy-dot{0%,60%,100%{opacity:.35;transform:none}30%{opacity:1;transform:translateY(-3px)}}
`;
