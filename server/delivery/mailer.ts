import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  /** The outbox job: names the file and the Message-ID, so a retry replaces rather than duplicates. */
  jobId: string;
  to: string[];
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  attachments?: Array<{ filename: string; content: string; contentType: string }>;
}

export interface Mailer {
  readonly mode: 'smtp' | 'file';
  /** Resolves with where the message went (`smtp:host …` or `file:outbox-mail/….eml` under DATA_DIR); rejects to be retried. */
  send(mail: OutgoingMail): Promise<string>;
  /** Checks the SMTP server answers, or that the mail folder can be written. */
  verify(): Promise<void>;
  /**
   * Removes temporary files a crash left mid-write (`….eml.<uuid>.tmp`) once they are older than any write
   * in progress could be; resolves with how many. Nothing to do for SMTP.
   */
  removeLeftovers(): Promise<number>;
  close(): void;
}

export interface MailerOptions {
  smtpUrl?: string;
  dataDir: string;
  from: string;
  /** The right-hand side of Message-IDs, e.g. the public host. */
  messageIdHost: string;
}

// Well under the outbox lease (see worker.ts): a hung server fails the attempt, not the lease.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/** A stable, RFC 5322-valid Message-ID per job: receivers can drop a copy a retry sent again. */
export function messageIdFor(jobId: string, host: string): string {
  return `<${jobId.replace(/[^A-Za-z0-9.-]/g, '.')}@${host}>`;
}

function message(mail: OutgoingMail, options: MailerOptions) {
  return {
    from: options.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    ...(mail.attachments ? { attachments: mail.attachments } : {}),
    messageId: messageIdFor(mail.jobId, options.messageIdHost),
    // Content is ours; nothing in a message may make nodemailer read a file or fetch a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

function smtpMailer(smtpUrl: string, options: MailerOptions): Mailer {
  const transport = nodemailer.createTransport({ url: smtpUrl, ...TIMEOUTS });
  const host = new URL(smtpUrl).host;
  return {
    mode: 'smtp',
    async send(mail) {
      // Rejects when every recipient was refused or the server is unreachable: the outbox retries.
      const info = await transport.sendMail(message(mail, options));
      // It resolves once at least one recipient took the message. Retrying the whole message for the others
      // would repeat it to everyone who already has it, at every retry for days, so the refusals are noted
      // on the delivery instead.
      const note = info.rejected.length > 0 ? `; refused ${info.rejected.join(', ')}` : '';
      return `smtp:${host} ${info.response}`.slice(0, 200) + note.slice(0, 300);
    },
    async verify() {
      await transport.verify();
    },
    removeLeftovers: async () => 0,
    close: () => transport.close(),
  };
}

/** The .eml file the file mailer writes for a job: one per job, a name no job id can steer out of the folder. */
export function mailFileName(jobId: string): string {
  return `${jobId.replace(/[^A-Za-z0-9.-]/g, '_')}.eml`;
}

/**
 * Written whole, flushed, then renamed: a reader or a crash never sees half a message, and the job is marked
 * delivered only once the file would survive a power cut. A temporary name of its own per write, so two
 * sends of one job cannot interleave in it; removed when the write fails.
 */
async function writeWhole(file: string, content: Buffer): Promise<void> {
  const tmp = `${file}.${randomUUID()}.tmp`;
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** A write takes milliseconds; a temporary file this old belongs to no write in progress, in any process. */
const LEFTOVER_AGE_MS = 60_000;

/**
 * The error with paths under DATA_DIR made relative to it: the delivery API shows `lastError`, and the
 * server's own paths are nobody's business.
 */
function withRelativePaths(error: unknown, dataDir: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  const root = path.resolve(dataDir);
  return new Error(message.replaceAll(`${root}${path.sep}`, '').replaceAll(root, 'DATA_DIR'), { cause: error });
}

function fileMailer(options: MailerOptions): Mailer {
  const dir = path.join(options.dataDir, 'outbox-mail');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    mode: 'file',
    async send(mail) {
      const info = await transport.sendMail(message(mail, options));
      const file = path.join(dir, mailFileName(mail.jobId));
      try {
        await mkdir(dir, { recursive: true });
        await writeWhole(file, info.message as Buffer);
      } catch (error) {
        throw withRelativePaths(error, options.dataDir);
      }
      return `file:${path.relative(options.dataDir, file)}`;
    },
    async verify() {
      await mkdir(dir, { recursive: true });
    },
    async removeLeftovers() {
      const entries = await readdir(dir).catch(() => []);
      let removed = 0;
      for (const entry of entries.filter((name) => /\.eml\.[0-9a-f-]{36}\.tmp$/.test(name))) {
        const file = path.join(dir, entry);
        const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: Date.now() }));
        if (Date.now() - mtimeMs < LEFTOVER_AGE_MS) continue;
        await rm(file, { force: true });
        removed += 1;
      }
      return removed;
    },
    close: () => transport.close(),
  };
}

/**
 * Sends through `SMTP_URL`, or without it writes each message as a real .eml file under
 * `DATA_DIR/outbox-mail/` (openable in any mail client).
 *
 * @example
 * const mailer = createMailer({ smtpUrl: config.smtpUrl, dataDir: config.dataDir, from: 'Cathy Chat <cathy@chat.example>', messageIdHost: 'chat.example' });
 */
export function createMailer(options: MailerOptions): Mailer {
  return options.smtpUrl ? smtpMailer(options.smtpUrl, options) : fileMailer(options);
}
