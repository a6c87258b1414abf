import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { AppError, parseOrThrow } from '../errors/app-error.js';
import { createLogger } from '../logging/logger.js';
import { createSignInLimits } from '../security/sign-in-limits.js';
import { findSite } from '../sites/site-service.js';
import type { Store } from '../store/store.js';
import { emailSchema, roleSchema, staffNameSchema } from './staff-input.js';
import { createStaffSessions } from './staff-sessions.js';
import type { StaffDeps } from './staff-deps.js';
import { changeRole, inviteMember, listTeam, removeMember } from './team.js';

export interface StaffCliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const STAFF_USAGE = `Usage: npm run site -- staff <command> <siteId|pk_…> [flags]

Commands:
  add <site> --email EMAIL --role owner|manager|salesperson [--name NAME]
        invite a person: the invitation email (a one-time link to set a password, valid 72 hours) goes
        through the outbox, to SMTP_URL or as an .eml file under DATA_DIR/outbox-mail/
  list <site>                      the site's people, their roles and whether they accepted
  role <site> --email EMAIL --role owner|manager|salesperson
                                   change a person's role on the site (the last owner stays one)
  remove <site> --email EMAIL      take a person off the site's team (never the last owner)

Flags:
  --json                           machine-readable output (run as "npm run --silent site -- staff …")
`;

const FLAGS = {
  email: { type: 'string' },
  role: { type: 'string' },
  name: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const COMMANDS = ['add', 'list', 'role', 'remove'];

class UsageError extends Error {}

function flag<T>(schema: z.ZodType<T>, value: string | undefined, name: string): T {
  if (value === undefined) throw new UsageError(`--${name} is required.`);
  return parseOrThrow(schema, value, `--${name}`);
}

/**
 * `npm run site -- staff …`. Returns the exit code: 2 for anything typed wrong, in which case nothing was written.
 * The operator who runs the server may remove owners too; the last owner stays.
 */
export async function runStaffCli(argv: string[], openStore: () => Promise<Store>, io: StaffCliIo, options: { publicUrl: string }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`[Cathy] ${(error as Error).message}\n\n${STAFF_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ref, ...extra] = positionals;
  if (values.help) {
    io.out(STAFF_USAGE);
    return 0;
  }
  if (!command || !COMMANDS.includes(command) || !ref || extra.length > 0) {
    const why = !command ? 'Missing command.' : !COMMANDS.includes(command) ? `Unknown staff command "${command}".` : !ref ? `staff ${command} needs a site id or public key.` : `Unexpected argument "${extra[0]}".`;
    io.err(`[Cathy] ${why}\n\n${STAFF_USAGE}`);
    return 2;
  }
  const store = await openStore();
  const now = () => new Date();
  const deps: StaffDeps = {
    store,
    sessions: createStaffSessions({ store, now }),
    limits: createSignInLimits(),
    publicUrl: options.publicUrl,
    now,
    // The terminal gets the plain-language lines below; structured logs are the server's.
    logger: createLogger('silent'),
  };
  const print = (human: string, json: unknown) => io.out(values.json ? `${JSON.stringify(json, null, 2)}\n` : human);
  try {
    const site = await findSite(store, ref);
    if (!site) throw new UsageError(`No site "${ref}". See "npm run site -- list".`);
    if (command === 'list') {
      if (values.email !== undefined || values.role !== undefined || values.name !== undefined) throw new UsageError('staff list takes no --email, --role or --name.');
      const members = await listTeam(deps, site.id);
      const lines = members.map((m) => `${m.email}  ${m.role}  ${m.status}  ${m.name}`);
      print(`${members.length === 0 ? `Nobody on the team of ${site.name} yet.` : lines.join('\n')}\n`, { members });
      return 0;
    }
    const email = flag(emailSchema, values.email, 'email');
    if (command === 'add') {
      const role = flag(roleSchema, values.role, 'role');
      const name = values.name === undefined ? undefined : flag(staffNameSchema, values.name, 'name');
      const member = await inviteMember(deps, site, { email, role, ...(name ? { name } : {}) });
      const how = member.status === 'invited' ? 'an invitation email (one-time link, 72 hours)' : 'an email saying the site was added (they keep their password)';
      print(`Added ${member.email} to ${site.name} as ${member.role}: ${how} is in the outbox.\n`, { member });
      return 0;
    }
    const staff = await store.staff.byEmail(email);
    if (command === 'role') {
      if (values.name !== undefined) throw new UsageError('staff role takes only --email and --role.');
      const role = flag(roleSchema, values.role, 'role');
      if (!staff) throw new UsageError(`${email} is not on the team of ${site.name}.`);
      const member = await changeRole(deps, site.id, staff.id, role, 'operator');
      print(`${email} is now ${member.role} at ${site.name}.\n`, { member });
      return 0;
    }
    if (values.role !== undefined || values.name !== undefined) throw new UsageError('staff remove takes only --email.');
    if (!staff) throw new UsageError(`${email} is not on the team of ${site.name}.`);
    await removeMember(deps, site.id, staff.id, 'operator');
    print(`Removed ${email} from ${site.name}.\n`, { removed: email });
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof AppError) {
      const detail = error instanceof AppError && error.code === 'NOT_FOUND' ? `${values.email ?? 'That person'} is not on the team of this site.` : error.message;
      io.err(`[Cathy] ${detail}\n`);
      return 2;
    }
    throw error;
  } finally {
    await store.close();
  }
}
