/**
 * The page's only stylesheet, served from the same origin so the Content-Security-Policy can forbid inline
 * styles and every script.
 */
export const PAGE_CSS = `body{margin:0;padding:16px;font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#111;line-height:1.4;background:#f6f7f9}
main{max-width:680px;margin:0 auto;background:#fff;border-radius:12px;padding:20px}
h1{margin:4px 0 8px;font-size:26px}h2{font-size:18px;margin:24px 0 8px}
.urgency{margin:0;color:#0b6bcb;font-weight:bold;text-transform:uppercase}
.permission{font-weight:bold}
.call{display:inline-block;padding:12px 20px;border-radius:8px;background:#0b6bcb;color:#fff;font-size:20px;font-weight:bold;text-decoration:none}
table{border-collapse:collapse}td{padding:6px 10px 6px 0;vertical-align:top}td.label{color:#555}
.message{margin:0 0 10px}.message .at{color:#555;font-size:12px}.message p{margin:2px 0 0;white-space:pre-wrap}
.note{color:#555;font-size:12px}
.problem{max-width:480px;margin:15vh auto;text-align:center;background:#fff;border-radius:12px;padding:24px}
`;
