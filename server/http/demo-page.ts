import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';

function page(nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sunrise Auto — Cathy Chat demo</title>
<link rel="icon" href="data:,">
<style nonce="${nonce}">
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#f6f7f9}
header{background:#0f2747;color:#fff;padding:20px 24px}
main{max-width:960px;margin:0 auto;padding:24px}
.cars{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:16px}
.car{background:#fff;border-radius:8px;padding:16px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.car strong{display:block}
code{background:#e8ebf0;padding:1px 4px;border-radius:4px}
</style>
</head>
<body>
<header><h1>Sunrise Auto</h1><p>Pre-owned cars, financing for every credit situation.</p></header>
<main>
<p>A demo dealer page. The chat launcher in the corner comes from one script tag
(<code>&lt;script async src="/widget.js" data-site="pk_demo"&gt;</code>), and this page is served under a strict
Content-Security-Policy: no inline script, no eval.</p>
<section class="cars" aria-label="Inventory">
<article class="car"><strong>2021 Toyota RAV4 XLE</strong>32,400 miles · $27,900</article>
<article class="car"><strong>2020 Honda CR-V EX</strong>41,100 miles · $24,500</article>
<article class="car"><strong>2019 Ford F-150 XLT</strong>58,700 miles · $29,800</article>
<article class="car"><strong>2022 Hyundai Elantra SEL</strong>18,300 miles · $19,400</article>
</section>
</main>
<script async src="/widget.js" data-site="pk_demo"></script>
</body>
</html>
`;
}

/**
 * `GET /demo`: a dealer page that loads the widget the way dealers do, under the strict CSP the README
 * tells dealers they can keep, so a CSP regression shows up here first.
 */
export const demoPage: RequestHandler = (req, res) => {
  const nonce = randomBytes(16).toString('base64');
  const rawHost = req.headers.host ?? '';
  const host = /^[\w.:[\]-]+$/.test(rawHost) ? rawHost : 'localhost';
  res.setHeader(
    'Content-Security-Policy',
    `default-src 'none'; script-src 'self'; connect-src 'self' ws://${host} wss://${host}; img-src 'self' data: https:; ` +
      `style-src 'self' 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  );
  res.setHeader('Cache-Control', 'no-store');
  res.type('html').send(page(nonce));
};
