/**
 * Reliability rounds against the real server (from source, in a child process, embedded store): what a
 * crash, a mail outage, a read-only disk or a slow CRM costs in acknowledged messages, leads and repeats.
 * Every figure but "acked" and "leads" should be 0.
 *
 *   npm run bench:reliability
 *   SHOPPERS=50 KILLS=2 npm run bench:reliability
 *
 * - kill -9: SHOPPERS concurrent conversations, the server killed with SIGKILL KILLS times mid-way and
 *   restarted on the same DATA_DIR; shoppers resend unacknowledged messages with the same clientId.
 * - SMTP down: leads made while the SMTP server is down, which then comes up (smtp-server in this process).
 * - read-only DATA_DIR: the server runs as `nobody`; mid-way every file and folder loses write permission
 *   for 3 s (only when this bench runs as root, so the permission change binds the server).
 * - slow webhook: a receiver answering in 3 s (the limit is 10 s) and a burst of leads, then one more lead.
 *
 * Columns: acked messages; acked messages missing from the store afterwards (lost); leads; shoppers whose
 * phone message was acked but who have no lead; leads not delivered; duplicates (a webhook event id or an
 * email Message-ID received twice, plus lead versions beyond the first, since each shopper gives one number).
 */
import { chmod, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { startTestSmtp } from '../server/test/support/smtp.js';
import { startTestReceiver, type TestReceiver } from '../server/test/support/webhook-receiver.js';
import { startRound, type Tally } from './support/reliability-round.js';

const SHOPPERS = Number(process.env.SHOPPERS ?? 50);
const KILLS = Number(process.env.KILLS ?? 2);
const NOBODY = { uid: 65534, gid: 65534 };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const webhookRepeats = (receiver: TestReceiver) => receiver.requests.filter((r) => r.verified).length - receiver.events.size;

async function killRound(): Promise<Tally> {
  const receiver = await startTestReceiver();
  const round = await startRound({ webhook: { url: receiver.url, secret: receiver.secret } }, {});
  const shopping = round.shoppers(SHOPPERS);
  // Seven messages per shopper; the kills fall evenly across the run.
  for (let kill = 1; kill <= KILLS; kill++) {
    await round.ackedAtLeast(Math.floor((SHOPPERS * 7 * kill) / (KILLS + 1)));
    await round.kill();
    await round.restart();
  }
  await shopping;
  const tally = await round.finish(`kill -9 ×${KILLS}, ${SHOPPERS} conversations`, 0);
  tally.duplicates += webhookRepeats(receiver);
  await receiver.close();
  return tally;
}

async function smtpRound(): Promise<Tally> {
  const smtp = await startTestSmtp();
  await smtp.stop();
  const round = await startRound({}, { SMTP_URL: smtp.url });
  await round.shoppers(10);
  await pause(2_000);
  await smtp.start();
  const tally = await round.finish('SMTP down, then up (10 leads)', 0);
  const ids = smtp.received.map((mail) => mail.mail.messageId);
  tally.duplicates += ids.length - new Set(ids).size;
  await smtp.stop();
  return tally;
}

async function setWritable(dir: string, writable: boolean): Promise<void> {
  const entries = await readdir(dir, { recursive: true });
  for (const entry of [...entries.map((e) => path.join(dir, e)), dir]) {
    const folder = (await stat(entry).catch(() => undefined))?.isDirectory() ?? false;
    await chmod(entry, writable ? (folder ? 0o755 : 0o644) : folder ? 0o555 : 0o444).catch(() => undefined);
  }
}

async function readOnlyRound(): Promise<Tally | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const round = await startRound({}, {}, NOBODY);
  const shopping = round.shoppers(20);
  await round.ackedAtLeast(60);
  await setWritable(round.dataDir, false);
  await pause(3_000);
  await setWritable(round.dataDir, true);
  await shopping;
  // A restart shows only what reached the disk: a lead the API served from memory alone would vanish here.
  await round.child.stop();
  await round.restart();
  return round.finish('read-only DATA_DIR for 3 s (20 conversations)', 0);
}

async function slowWebhookRound(): Promise<Tally> {
  const receiver = await startTestReceiver(undefined, { delayMs: 3_000 });
  const round = await startRound({ leadRecipients: [], webhook: { url: receiver.url, secret: receiver.secret } }, {});
  await round.shoppers(12);
  await round.shoppers(1);
  const tally = await round.finish('slow webhook, 3 s per answer (12 + 1 leads)', 0);
  tally.duplicates += webhookRepeats(receiver);
  await receiver.close();
  return tally;
}

function table(rows: Tally[]): string {
  const head = ['round', 'acked', 'lost', 'leads', 'phone, no lead', 'lead, no delivery', 'duplicates'];
  const lines = rows.map((r) => [r.round, r.acked, r.lost, r.leads, r.phonesWithoutLead, r.leadsWithoutDelivery, r.duplicates].map(String));
  return [head, head.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const rows: Tally[] = [];
  for (const round of [killRound, smtpRound, readOnlyRound, slowWebhookRound]) {
    const tally = await round();
    if (tally) rows.push(tally);
    process.stderr.write(`done: ${tally?.round ?? 'read-only round skipped (not root)'}\n`);
  }
  process.stdout.write(`Reliability rounds (server from source, embedded store), ${Math.round((Date.now() - started) / 1000)} s\n\n${table(rows)}\n`);
  const bad = rows.some((r) => r.lost + r.phonesWithoutLead + r.leadsWithoutDelivery + r.duplicates > 0);
  process.exitCode = bad ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
