import { randomUUID } from 'node:crypto';
import { mkdir, rename, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lead, MessageSendResult } from '../../sdk/protocol/index.js';
import { request, say, talkUntilPhoneAsked, waitForLead } from './support/chat.js';
import { api, eventually, leadOf } from './support/lead.js';
import { openVisitor, useTestSite } from './support/test-server.js';

describe('a data directory that stops taking writes', () => {
  const t = useTestSite();
  const readiness = async () => {
    const res = await fetch(`${t.server.url}/readyz`);
    return { status: res.status, body: (await res.json()) as { store: { status: string; reason?: string } } };
  };

  it('never shows a lead it could not store, says so in /readyz, and takes the lead once it can write again', async () => {
    const { socket } = await openVisitor(t);
    await talkUntilPhoneAsked(socket);
    const leads = path.join(t.server.dataDir, 'leads.db');
    // As root, permissions do not stop writes; a directory where the file was does, as EACCES or EROFS would.
    await rename(leads, `${leads}.away`);
    await mkdir(leads);

    const sent = await request<MessageSendResult>(socket, 'message:send', { clientId: randomUUID(), text: 'Sure, call me at (305) 814-2279' });
    // The message itself went to a file that still takes writes: acknowledged, and kept.
    expect(sent).toMatchObject({ message: { text: 'Sure, call me at (305) 814-2279' } });
    const down = await eventually(readiness, (r) => r.status === 503);
    expect(down.body.store).toMatchObject({ status: 'down', reason: expect.stringMatching(/cannot write to DATA_DIR \(EISDIR on leads\.db\)/) });
    const listed = await api<{ leads?: Lead[]; error?: { code: string } }>(t, '/v1/leads');
    expect(listed.status).toBe(503);
    expect(listed.body.error?.code).toBe('UNAVAILABLE');

    await rmdir(leads);
    await rename(`${leads}.away`, leads);
    await eventually(readiness, (r) => r.status === 200);
    expect((await api<{ leads: Lead[] }>(t, '/v1/leads')).body.leads).toEqual([]);

    const captured = waitForLead(socket);
    await say(socket, 'My number is (305) 814-2279, please call');
    const { leadId } = await captured;
    await eventually(() => leadOf(t, leadId), (lead) => lead.delivery.status === 'delivered_to_file');

    t.server = await t.server.restart();
    expect((await leadOf(t, leadId)).contact.phone).toBe('+13058142279');
    socket.close();
  });
});
