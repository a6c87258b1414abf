import { parseArgs } from 'node:util';
import { AppError } from '../errors/app-error.js';
import type { Store } from '../store/store.js';
import { SITE_FLAGS, USAGE, settingsFromFlags } from './cli-flags.js';
import { readKnowledgeFile } from './knowledge/knowledge-file.js';
import { createSite, findSite, rotateSecret, setKnowledge, updateSite, type SitePolicy } from './site-service.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

class UsageError extends Error {}

const COMMANDS = new Set(['create', 'list', 'show', 'update', 'rotate-secret', 'knowledge']);

/**
 * `npm run site -- …`. Returns the exit code: 2 for anything the caller typed wrong, in which
 * case nothing was written.
 */
export async function runSiteCli(argv: string[], openStore: () => Promise<Store>, io: CliIo, policy: SitePolicy = {}): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: SITE_FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  // `knowledge set <site>`: the subcommand sits where the other commands take the site.
  const [command, ...rest] = positionals;
  const sub = command === 'knowledge' ? rest.shift() : undefined;
  const [ref, ...extra] = rest;
  if (values.help || !command) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? EXIT_OK : EXIT_USAGE;
  }
  if (!COMMANDS.has(command) || extra.length > 0) {
    io.err(`[Cathy] ${extra.length > 0 ? `Unexpected argument "${extra[0]}".` : `Unknown command "${command}".`}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const store = await openStore();
  try {
    const print = (human: string, json: unknown) => io.out(values.json ? `${JSON.stringify(json, null, 2)}\n` : human);
    switch (command) {
      case 'create': {
        if (ref) throw new UsageError(`create takes no positional argument (got "${ref}").`);
        const patch = settingsFromFlags(values);
        if (!patch.name || !patch.allowedOrigins) throw new UsageError('create needs --name and at least one --origin.');
        const { site, secretKey } = await createSite(store, { ...patch, name: patch.name, allowedOrigins: patch.allowedOrigins }, policy);
        print(
          `Created ${site.name}\n  id:              ${site.id}\n  public key:      ${site.publicKey}\n  secret key:      ${secretKey}   (shown once; store it now)\n  identity secret: ${site.identitySecret}   (for userHash on your backend)\n`,
          { id: site.id, publicKey: site.publicKey, secretKey, identitySecret: site.identitySecret },
        );
        return EXIT_OK;
      }
      case 'list': {
        const sites = await store.sites.list();
        const rows = sites.map((s) => ({ id: s.id, name: s.name, publicKey: s.publicKey, allowedOrigins: s.allowedOrigins }));
        print(rows.map((r) => `${r.publicKey}  ${r.id}  ${r.name}  [${r.allowedOrigins.join(', ')}]`).join('\n') + '\n', rows);
        return EXIT_OK;
      }
      case 'knowledge': {
        if (sub !== 'set' && sub !== 'show') throw new UsageError('knowledge takes "set" or "show", then a site id or public key.');
        if (!ref) throw new UsageError(`knowledge ${sub} needs a site id or public key.`);
        const site = await findSite(store, ref);
        if (!site) throw new UsageError(`No site "${ref}". See "npm run site -- list".`);
        if (sub === 'show') {
          print(`${JSON.stringify(site.knowledge ?? {}, null, 2)}\n`, site.knowledge ?? {});
          return EXIT_OK;
        }
        if (!values.file) throw new UsageError('knowledge set needs --file with a JSON or YAML file.');
        const updated = await setKnowledge(store, site, await readKnowledgeFile(values.file));
        print(`Updated the dealer knowledge of ${updated.name} (${updated.publicKey})\n`, { id: updated.id, publicKey: updated.publicKey });
        return EXIT_OK;
      }
      case 'show':
      case 'update':
      case 'rotate-secret': {
        if (!ref) throw new UsageError(`${command} needs a site id or public key.`);
        const site = await findSite(store, ref);
        if (!site) throw new UsageError(`No site "${ref}". See "npm run site -- list".`);
        if (command === 'show') {
          // Everything but the secret key, which is stored only as a hash.
          const { secretKeyHash: _hash, ...shown } = site;
          print(`${JSON.stringify(shown, null, 2)}\n`, shown);
          return EXIT_OK;
        }
        if (command === 'rotate-secret') {
          const { secretKey } = await rotateSecret(store, site);
          print(`New secret key for ${site.name}: ${secretKey}   (shown once)\n`, { id: site.id, publicKey: site.publicKey, secretKey });
          return EXIT_OK;
        }
        const updated = await updateSite(store, site, settingsFromFlags(values), policy);
        print(`Updated ${updated.name} (${updated.publicKey})\n`, { id: updated.id, publicKey: updated.publicKey });
        return EXIT_OK;
      }
    }
    throw new UsageError(`Unknown command "${command}".`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof AppError) {
      const details = error instanceof AppError && error.details ? error.details.map((d) => `\n  ${d.path}: ${d.message}`).join('') : '';
      io.err(`[Cathy] ${error.message}${details}\n`);
      return EXIT_USAGE;
    }
    throw error;
  } finally {
    await store.close();
  }
}
