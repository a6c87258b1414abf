import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error.js';
import { acceptedEncodings, createWidgetFiles, sendBuiltFile } from './widget-files.js';

export interface ConsoleRoutesOptions {
  /** Where `npm run build:client` writes the console (index.html and its hashed script and stylesheet). */
  dir: string;
  /** The staff socket's origin, which the page may connect to (besides its own origin). */
  publicUrl: string;
}

const ASSET = /^\/(console\.[\w-]+\.(js|css))(\.map)?$/;
const ASSET_CACHE = 'public, max-age=31536000, immutable';
/** The page names the current hashed files, so it is revalidated on every load (cheap with the ETag). */
const PAGE_CACHE = 'no-cache';
const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

/**
 * No inline script or style, no eval, nothing framed: the page loads its own hashed files only and talks to its own
 * origin (REST, and the staff socket over ws/wss at PUBLIC_URL, which some browsers do not count as 'self').
 */
export function consoleCsp(publicUrl: string): string {
  const url = new URL(publicUrl);
  const socket = `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${socket}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * `/console/`: the staff workspace. Hashed assets are cached for a year; every other `/console/…` path answers the
 * same index.html (the app routes by path), under a strict Content-Security-Policy.
 *
 * @example
 * app.use(consoleRoutes({ dir: 'dist/console', publicUrl: config.publicUrl }));
 */
export function consoleRoutes(options: ConsoleRoutesOptions): RequestHandler {
  const files = createWidgetFiles(options.dir);
  const csp = consoleCsp(options.publicUrl);

  return async (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !(req.path === '/console' || req.path.startsWith('/console/'))) return next();
    if (req.path === '/console') {
      const query = req.originalUrl.indexOf('?');
      res.redirect(301, `/console/${query >= 0 ? req.originalUrl.slice(query) : ''}`);
      return;
    }
    if (!(await files.built())) {
      throw new AppError('UNAVAILABLE', 'The console is not built yet. Run `npm run build` (or `npm run build:client`), then reload.');
    }
    const asset = ASSET.exec(req.path.slice('/console'.length));
    if (asset) {
      const [, name = '', ext = '', map] = asset;
      const file = await files.read(name + (map ?? ''), map ? [] : acceptedEncodings(req));
      if (!file) throw new AppError('NOT_FOUND', `No console file ${name}${map ?? ''}.`);
      sendBuiltFile(req, res, file, map ? 'application/json; charset=utf-8' : (TYPES[ext] ?? 'application/octet-stream'), ASSET_CACHE);
      return;
    }
    const page = await files.read('index.html', acceptedEncodings(req));
    if (!page) throw new AppError('UNAVAILABLE', 'The console build has no index.html. Run `npm run build:client`.');
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    sendBuiltFile(req, res, page, 'text/html; charset=utf-8', PAGE_CACHE);
  };
}
