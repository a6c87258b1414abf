import { mkdir, rename, writeFile } from 'node:fs/promises';
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
  /** Resolves with where the message went (`smtp:host …` or `file:/path.eml`); rejects to be retried. */
  send(mail: OutgoingMail): Promise<string>;
  /** Checks the SMTP server answers, or that the mail folder can be written. */
  verify(): Promise<void>;
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
      const info = await transport.sendMail(message(mail, options));
      // nodemailer resolves when at least one recipient took it; the others must be retried.
      if (info.rejected.length > 0) throw new Error(`SMTP refused ${info.rejected.length} of ${mail.to.length} recipients: ${info.response}`);
      return `smtp:${host} ${info.response}`.slice(0, 300);
    },
    async verify() {
      await transport.verify();
    },
    close: () => transport.close(),
  };
}

function fileMailer(options: MailerOptions): Mailer {
  const dir = path.join(options.dataDir, 'outbox-mail');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    mode: 'file',
    async send(mail) {
      const info = await transport.sendMail(message(mail, options));
      const file = path.join(dir, `${mail.jobId.replace(/[^A-Za-z0-9.-]/g, '_')}.eml`);
      // Written whole then renamed: a reader or a crash never sees half a message.
      const tmp = `${file}.${process.pid}.tmp`;
      await mkdir(dir, { recursive: true });
      await writeFile(tmp, info.message as Buffer);
      await rename(tmp, file);
      return `file:${file}`;
    },
    async verify() {
      await mkdir(dir, { recursive: true });
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
