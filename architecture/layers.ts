/**
 * The layers of the repository, as data: which part each file belongs to and which parts it may import.
 * `layers.test.ts` checks every relative import (type-only ones too) against these rules; docs/architecture.md
 * explains them. A new folder fails the test until it is given a place here.
 */

export type Side = 'browser' | 'server' | 'shared';

export interface Part {
  /** Shown in failures. */
  name: string;
  side: Side;
  /** Higher imports lower (and its own level); never the other way. Levels compare within one side. */
  level: number;
  /** Path prefixes (a folder ends with `/`) or exact files, relative to the repository root. */
  paths: string[];
  /** Why the part sits at this level; shown when an import breaks the rule. */
  why: string;
}

/**
 * Bottom to top. The protocol and common are shared: both sides may import them, they import nothing of theirs. The browser side
 * never imports the server side and the server side never imports the browser side.
 */
export const PARTS: Part[] = [
  { name: 'protocol', side: 'shared', level: 0, paths: ['sdk/protocol/'], why: 'the wire contract: types and `as const` values both ends share' },
  { name: 'common', side: 'shared', level: 0, paths: ['sdk/common/'], why: 'rules both ends apply (retry backoff, safe links): pure functions, no DOM, no node' },

  { name: 'client', side: 'browser', level: 1, paths: ['sdk/client/'], why: 'the headless client speaks the protocol and knows no UI' },
  { name: 'widget', side: 'browser', level: 2, paths: ['widget/'], why: 'the widget shows what the client holds; entries assemble it' },
  {
    name: 'entries',
    side: 'browser',
    level: 3,
    paths: ['sdk/index.ts', 'sdk/headless.ts', 'sdk/create-cathy.ts', 'widget/entry/'],
    why: 'what a page or an npm consumer loads: the top, imported by nothing',
  },
  {
    name: 'console',
    side: 'browser',
    level: 0,
    paths: ['console/'],
    why: "the staff app at /console/: an app of its own beside the widget, speaking staff REST and the staff socket; it shares only the protocol and common, never the visitor's client or the widget (level 0 keeps both out of reach)",
  },

  { name: 'config', side: 'server', level: 0, paths: ['server/config/'], why: 'environment, parsed once at boot' },
  { name: 'logging', side: 'server', level: 0, paths: ['server/logging/'], why: 'structured logs with masking' },
  { name: 'errors', side: 'server', level: 0, paths: ['server/errors/'], why: 'the one error type' },
  { name: 'metrics', side: 'server', level: 0, paths: ['server/metrics/'], why: 'Prometheus counters' },
  { name: 'concurrency', side: 'server', level: 0, paths: ['server/concurrency/'], why: 'one-at-a-time per key, for replies and for changes to one lead: no domain knowledge' },
  { name: 'capture', side: 'server', level: 1, paths: ['server/capture/'], why: 'reads facts out of text; pure, so the store can keep its fact types' },
  { name: 'understanding', side: 'server', level: 1, paths: ['server/understanding/'], why: 'reads what a message means; pure like capture, beside it' },
  {
    name: 'handoff-settings',
    side: 'server',
    level: 2,
    paths: ['server/handoff/handoff-settings.ts'],
    why: "a site's live-takeover defaults and limits: plain values the site settings and the escalation both read",
  },
  { name: 'store', side: 'server', level: 2, paths: ['server/store/'], why: 'persistence; records hold the captured facts' },
  { name: 'wire', side: 'server', level: 3, paths: ['server/wire/'], why: 'maps store records to the protocol shapes, for every adapter and the domain' },
  { name: 'sites', side: 'server', level: 3, paths: ['server/sites/'], why: 'tenants and their settings, over the store' },
  { name: 'security', side: 'server', level: 3, paths: ['server/security/'], why: 'tokens, hashes, rate limits, request facts (origin, client IP): no domain knowledge' },
  {
    name: 'staff',
    side: 'server',
    level: 4,
    paths: ['server/staff/'],
    why: "the dealer's people: accounts, memberships, sessions, invitations and resets, over sites and security; the adapters check sessions with it",
  },
  { name: 'leads', side: 'server', level: 4, paths: ['server/leads/'], why: 'packages a lead from facts; the conversation creates leads' },
  {
    name: 'erasure',
    side: 'server',
    level: 4,
    paths: ['server/privacy/erasure/'],
    why: "privacy's erase rule that a reply racing an erase applies too: it sits below the conversation so that both the erase and the reply pipeline call the one function",
  },
  {
    name: 'handoff-state',
    side: 'server',
    level: 4,
    paths: ['server/handoff/presence.ts', 'server/handoff/reply-aborts.ts', 'server/handoff/handoff-log.ts'],
    why: 'what the reply pipeline reads of a live takeover (who holds the chat, the reply to stop, who is online): below the conversation, which consults it',
  },
  { name: 'conversation', side: 'server', level: 5, paths: ['server/conversation/'], why: 'the engine: sessions, messages, replies, identify' },
  {
    name: 'handoff',
    side: 'server',
    level: 5,
    paths: ['server/handoff/'],
    why: 'live takeover beside the engine: who of the team is online, who holds a conversation',
  },
  {
    name: 'escalation',
    side: 'server',
    level: 6,
    paths: ['server/escalation/'],
    why: 'a shopper waiting for a person: starts, times out and counts escalations over the engine, which calls it through the port it declares (conversation/escalation-port.ts)',
  },
  { name: 'delivery', side: 'server', level: 6, paths: ['server/delivery/'], why: 'sends the leads the conversation produced' },
  {
    name: 'workspace',
    side: 'server',
    level: 6,
    paths: ['server/workspace/'],
    why: "the sales workspace's reads and writes (inbox, conversation detail, notes, read marks): over conversations, leads and their deliveries",
  },
  {
    name: 'handoff',
    side: 'server',
    level: 6,
    paths: ['server/handoff/'],
    why: 'live takeover: a person takes a conversation over, writes to the shopper and hands it back, over the conversation',
  },
  { name: 'privacy', side: 'server', level: 6, paths: ['server/privacy/'], why: 'export and erase across conversations and deliveries' },
  { name: 'http', side: 'server', level: 7, paths: ['server/http/'], why: 'an adapter: HTTP in, domain calls, HTTP out' },
  { name: 'realtime', side: 'server', level: 7, paths: ['server/realtime/'], why: 'an adapter: Socket.IO in, domain calls, events out' },
  { name: 'app', side: 'server', level: 8, paths: ['server/app.ts'], why: 'wires the adapters to the domain without listening' },
  {
    name: 'site-cli-main',
    side: 'server',
    level: 9,
    paths: ['server/sites/site-cli-main.ts'],
    why: 'the process of `npm run site`: hands `staff …` to the staff folder and the rest to the site CLI',
  },
  { name: 'start-server', side: 'server', level: 9, paths: ['server/start-server.ts'], why: 'opens the store, starts the app and the workers' },
  { name: 'index', side: 'server', level: 10, paths: ['server/index.ts'], why: 'the process: boot and shutdown' },
];

/**
 * Files that are not product code. Tests sit above every layer (they assemble real parts from any of them, e.g. the
 * client's tests start the real server); tooling builds, measures or demonstrates. Product code imports neither.
 */
export const TEST_FILE = /(^|\/)test\/|\.test\.tsx?$|\.test-d\.ts$/;
export const TOOLING = ['architecture/', 'bench/', 'eval/', 'examples/', 'sdk/scripts/', 'rollup.config.mjs', 'vitest.config.ts'];

/** Upward imports the rules allow, each with its reason. Keyed `from-file -> to-file`. */
export const ALLOWED: Record<string, string> = {};
