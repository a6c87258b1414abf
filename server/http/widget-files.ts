import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Request, Response } from 'express';

export type Encoding = 'br' | 'gzip' | 'identity';

export interface WidgetFile {
  body: Buffer;
  encoding: Encoding;
  /** Weak: one tag for every encoding of the same bytes. */
  etag: string;
}

interface Cached {
  version: string;
  etag: string;
  bodies: Map<Encoding, Buffer | null>;
}

/** The precompressed encodings the request accepts, best first. */
export function acceptedEncodings(req: Request): Encoding[] {
  const header = String(req.headers['accept-encoding'] ?? '');
  const accepted: Encoding[] = [];
  if (/\bbr\b/.test(header)) accepted.push('br');
  if (/\bgzip\b/.test(header)) accepted.push('gzip');
  return accepted;
}

/** Sends a built file with its validators; a matching If-None-Match gets 304 and no body. */
export function sendBuiltFile(req: Request, res: Response, file: WidgetFile, type: string, cache: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', cache);
  res.setHeader('ETag', file.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(file.etag)) {
    res.status(304).end();
    return;
  }
  if (file.encoding !== 'identity') res.setHeader('Content-Encoding', file.encoding);
  res.setHeader('Content-Length', String(file.body.length));
  res.end(file.body);
}

const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz', identity: '' };

async function readOrNull(path: string): Promise<Buffer | null> {
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

/**
 * Reads the built widget files, preferring the precompressed copies the build writes. Contents are
 * cached per file and re-read when the file changes, so a rebuild is picked up without a restart.
 */
export function createWidgetFiles(dir: string) {
  const cache = new Map<string, Cached>();

  async function entry(name: string): Promise<Cached | null> {
    const info = await stat(join(dir, name)).catch(() => null);
    if (!info?.isFile()) return null;
    const version = `${info.mtimeMs}:${info.size}`;
    const cached = cache.get(name);
    if (cached?.version === version) return cached;
    const raw = await readFile(join(dir, name));
    const fresh: Cached = {
      version,
      etag: `W/"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`,
      bodies: new Map([['identity', raw]]),
    };
    cache.set(name, fresh);
    return fresh;
  }

  return {
    /** Whether the build output exists at all. */
    async built(): Promise<boolean> {
      return (await stat(dir).catch(() => null))?.isDirectory() ?? false;
    },
    /** The current chat chunk's name, for loaders that still point at a chunk from before a deploy. */
    async currentChunk(): Promise<string | null> {
      const names = await readdir(dir).catch(() => []);
      return names.find((n) => /^widget-chat\.[\w-]+\.js$/.test(n)) ?? null;
    },
    /** The file in the best encoding the client accepts, or null when it does not exist. */
    async read(name: string, accepted: readonly Encoding[]): Promise<WidgetFile | null> {
      const cached = await entry(name);
      if (!cached) return null;
      for (const encoding of accepted) {
        if (!cached.bodies.has(encoding)) cached.bodies.set(encoding, await readOrNull(join(dir, name + SUFFIX[encoding])));
        const body = cached.bodies.get(encoding);
        if (body) return { body, encoding, etag: cached.etag };
      }
      return { body: cached.bodies.get('identity') as Buffer, encoding: 'identity', etag: cached.etag };
    },
  };
}
