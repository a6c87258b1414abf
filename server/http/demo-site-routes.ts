import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Request, type RequestHandler, type Response, Router } from 'express';
import { AppError } from '../errors/app-error.js';

export interface DemoSiteOptions {
  /** The static dealer site (examples/dealer-site). */
  dir: string;
}

function contentSecurityPolicy(req: Request): string {
  const rawHost = req.headers.host ?? '';
  const host = /^[\w.:[\]-]+$/.test(rawHost) ? rawHost : 'localhost';
  return (
    `default-src 'none'; script-src 'self'; connect-src 'self' ws://${host} wss://${host}; img-src 'self' data: https:; ` +
    "style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
  );
}

/**
 * `/demo/`: the example dealer site, served under the strict Content-Security-Policy docs/script-tag.md tells dealers
 * they can keep (no inline script, no inline style, no eval), so a CSP regression in the widget shows up here
 * first. `/demo` redirects to `/demo/` so the site's relative links work as on any dealer's server.
 */
export function demoSiteRoutes(options: DemoSiteOptions): Router {
  const router = Router();
  const files = express.static(options.dir, {
    extensions: ['html'],
    index: 'index.html',
    redirect: true,
    dotfiles: 'ignore',
    setHeaders: (res: Response) => {
      res.setHeader('Content-Security-Policy', contentSecurityPolicy(res.req));
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('X-Content-Type-Options', 'nosniff');
    },
  });
  const ensureDir: RequestHandler = (_req, _res, next) => {
    if (!existsSync(path.join(options.dir, 'index.html'))) {
      throw new AppError('UNAVAILABLE', `The demo dealer site is missing: expected ${path.join(options.dir, 'index.html')}.`);
    }
    next();
  };
  router.use('/demo', ensureDir, files);
  return router;
}
