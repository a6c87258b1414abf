import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error.js';
import { acceptedEncodings, createWidgetFiles, sendBuiltFile } from './widget-files.js';

export interface WidgetRoutesOptions {
  /** Where `npm run build:client` writes widget.js and the chat chunk. */
  dir: string;
}

const FILE = /^\/(widget(?:-chat\.[\w-]+)?\.js)(\.map)?$/;
/** The loader's URL is what dealers paste, so it must stay fresh; revalidation is cheap with the ETag. */
const LOADER_CACHE = 'public, max-age=300, must-revalidate';
/** The chunk's name carries its content hash. */
const CHUNK_CACHE = 'public, max-age=31536000, immutable';

/**
 * Serves `/widget.js` (the loader dealers paste) and the chat chunk it imports, from the client build.
 * The chunk is loaded with `import()` from dealer origins, so it answers CORS for any origin.
 *
 * @example
 * app.use(widgetRoutes({ dir: 'dist/widget' }));
 */
export function widgetRoutes(options: WidgetRoutesOptions): RequestHandler {
  const files = createWidgetFiles(options.dir);

  return async (req, res, next) => {
    const match = FILE.exec(req.path);
    if (!match || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const [, script = '', map] = match;
    if (!(await files.built())) {
      throw new AppError('UNAVAILABLE', 'The widget is not built yet. Run `npm run build` (or `npm run build:client`), then reload.');
    }
    const isChunk = script !== 'widget.js';
    let name = script + (map ?? '');
    let cache = isChunk ? CHUNK_CACHE : LOADER_CACHE;
    let file = await files.read(name, map ? [] : acceptedEncodings(req));
    if (!file && isChunk && !map) {
      // A loader cached from before a deploy still names the old chunk: give it today's, uncached.
      const current = await files.currentChunk();
      name = current ?? name;
      cache = 'no-store';
      file = current ? await files.read(current, acceptedEncodings(req)) : null;
    }
    if (!file) throw new AppError('NOT_FOUND', `No widget file ${name}.`);

    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    sendBuiltFile(req, res, file, map ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8', cache);
  };
}
