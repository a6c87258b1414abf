import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
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

  it('reports a failed write with paths relative to DATA_DIR, never the server path', async () => {
    const mailer = createMailer({ dataDir: dir, from: 'cathy@chat.example', messageIdHost: 'chat.example' });
    await mkdir(join(dir, 'outbox-mail', 'lead-1_1_email.lead.eml'), { recursive: true });

    const sent = mailer.send({ jobId: 'lead-1:1:email.lead', to: ['sales@dealer.example'], subject: 's', text: 't' });
    const error = await sent.then(() => new Error('sent'), (e: Error) => e);

    expect(error.message).toMatch(/outbox-mail\/lead-1_1_email\.lead\.eml/);
    expect(error.message).not.toContain(dir);
    expect(error.message).not.toContain(tmpdir());
  });

  it('removes the temporary files a crash left mid-write, and none a write may still be using', async () => {
    const mailer = createMailer({ dataDir: dir, from: 'cathy@chat.example', messageIdHost: 'chat.example' });
    const mailDir = join(dir, 'outbox-mail');
    await mkdir(mailDir);
    const left = 'lead-1_1_email.lead.eml.0f8e2b8c-3a59-4a7e-9a1d-5c2e8b7f6a10.tmp';
    const writing = 'lead-2_1_email.lead.eml.1f8e2b8c-3a59-4a7e-9a1d-5c2e8b7f6a10.tmp';
    for (const name of [left, writing, 'lead-1_1_email.lead.eml', 'notes.tmp']) await writeFile(join(mailDir, name), 'x');
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    for (const name of [left, 'lead-1_1_email.lead.eml', 'notes.tmp']) await utimes(join(mailDir, name), twoMinutesAgo, twoMinutesAgo);

    expect(await mailer.removeLeftovers()).toBe(1);
    expect((await readdir(mailDir)).sort()).toEqual(['lead-1_1_email.lead.eml', writing, 'notes.tmp'].sort());
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
