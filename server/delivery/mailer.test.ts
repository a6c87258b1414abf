import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSmtp } from '../test/support/smtp.js';
import { createMailer, messageIdFor } from './mailer.js';

describe('the file mailer (no SMTP_URL)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cathy-mail-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes a real email to DATA_DIR/outbox-mail, one file per job, a retry replacing it', async () => {
    const mailer = createMailer({ dataDir: dir, from: 'Cathy Chat <cathy@chat.example>', messageIdHost: 'chat.example' });
    const mail = {
      jobId: 'lead-1:1:email.lead',
      to: ['sales@dealer.example'],
      subject: 'Call now: Señora Núñez',
      text: 'Phone: (305) 814-2279',
      html: '<p>Call</p>',
      attachments: [{ filename: 'lead.xml', content: '<adf/>', contentType: 'text/xml; charset=utf-8' }],
    };

    const where = await mailer.send(mail);
    expect(await mailer.send({ ...mail, subject: 'Call now: Señora Núñez (again)' })).toBe(where);

    expect(where).toBe('file:outbox-mail/lead-1_1_email.lead.eml');
    expect(await readdir(join(dir, 'outbox-mail'))).toEqual(['lead-1_1_email.lead.eml']);
    const raw = await readFile(join(dir, where.slice(5)));
    expect(raw.includes('\r\n')).toBe(true);
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe('Call now: Señora Núñez (again)');
    expect(parsed.messageId).toBe('<lead-1.1.email.lead@chat.example>');
    expect(parsed.from?.value).toEqual([{ name: 'Cathy Chat', address: 'cathy@chat.example' }]);
    expect(parsed.text?.trim()).toBe('Phone: (305) 814-2279');
    expect(parsed.attachments[0]?.content.toString()).toBe('<adf/>');
  });

  it('keeps whole messages when two sends of one job overlap, and leaves no temporary file', async () => {
    const mailer = createMailer({ dataDir: dir, from: 'cathy@chat.example', messageIdHost: 'chat.example' });
    const mail = { jobId: 'lead-1:1:email.lead', to: ['sales@dealer.example'], subject: 'Call now', text: 'x'.repeat(2_000_000) };

    await Promise.all([mailer.send(mail), mailer.send({ ...mail, text: 'y'.repeat(2_000_000) })]);

    expect(await readdir(join(dir, 'outbox-mail'))).toEqual(['lead-1_1_email.lead.eml']);
    const text = (await simpleParser(await readFile(join(dir, 'outbox-mail', 'lead-1_1_email.lead.eml')))).text?.trim();
    expect([mail.text, 'y'.repeat(2_000_000)]).toContain(text);
  });

  it('leaves no partial file behind when a message cannot be written', async () => {
    const mailer = createMailer({ dataDir: dir, from: 'cathy@chat.example', messageIdHost: 'chat.example' });
    await mkdir(join(dir, 'outbox-mail', 'lead-1_1_email.lead.eml'), { recursive: true });

    await expect(mailer.send({ jobId: 'lead-1:1:email.lead', to: ['sales@dealer.example'], subject: 's', text: 't' })).rejects.toThrow();

    expect(await readdir(join(dir, 'outbox-mail'))).toEqual(['lead-1_1_email.lead.eml']);
  });

  it('makes Message-IDs valid and stable per job', () => {
    expect(messageIdFor('0195-ab:2:webhook', 'chat.example')).toBe('<0195-ab.2.webhook@chat.example>');
  });
});

describe('the SMTP mailer', () => {
  it('does not send again to recipients who took the message when another one was refused', async () => {
    const smtp = await startTestSmtp();
    const mailer = createMailer({ smtpUrl: smtp.url, dataDir: tmpdir(), from: 'cathy@chat.example', messageIdHost: 'chat.example' });
    try {
      smtp.refuse.add('gone@dealer.example');
      const where = await mailer.send({ jobId: 'lead-1:1:email.lead', to: ['sales@dealer.example', 'gone@dealer.example'], subject: 'Call now', text: 'Call' });

      expect(where).toMatch(/^smtp:127\.0\.0\.1:\d+ 250.*; refused gone@dealer\.example$/);
      expect(smtp.received.map((m) => m.to)).toEqual([['sales@dealer.example']]);
    } finally {
      mailer.close();
      await smtp.stop();
    }
  });

  it('rejects, to be retried, when every recipient is refused', async () => {
    const smtp = await startTestSmtp();
    const mailer = createMailer({ smtpUrl: smtp.url, dataDir: tmpdir(), from: 'cathy@chat.example', messageIdHost: 'chat.example' });
    try {
      smtp.refuse.add('gone@dealer.example');
      await expect(mailer.send({ jobId: 'j', to: ['gone@dealer.example'], subject: 's', text: 't' })).rejects.toThrow(/550/);
      expect(smtp.received).toEqual([]);
    } finally {
      mailer.close();
      await smtp.stop();
    }
  });
});
