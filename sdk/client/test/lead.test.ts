// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://localhost:5173/inventory/2019-honda-cr-v"}
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeadCapturedEvent } from '../../protocol/index.js';
import { SHOPPER_LINES } from '../../../server/test/support/chat.js';
import { useTestSite } from '../../../server/test/support/test-server.js';
import type { CathyClient, PhoneEvent } from '../types.js';
import { settled, testClient, waitFor } from './support/client-harness.js';

describe('a lead through the headless client', () => {
  const t = useTestSite();
  const clients: CathyClient[] = [];
  beforeEach(() => localStorage.clear());
  afterEach(() => clients.splice(0).forEach((client) => client.destroy()));

  it("fires lead and phone once the visitor gives a number after Cathy's disclosure, and the lead is stored", async () => {
    const client = testClient(t);
    clients.push(client);
    const leads: LeadCapturedEvent[] = [];
    const phones: PhoneEvent[] = [];
    client.on('lead', (lead) => leads.push(lead));
    client.on('phone', (phone) => phones.push(phone));
    await client.start();

    let sent = 0;
    for (const line of SHOPPER_LINES) {
      client.send(line);
      const snapshot = await settled(client, ++sent);
      if (snapshot.messages.at(-1)?.disclosure) break;
    }
    expect(client.snapshot().messages.at(-1)?.disclosure).toMatch(/consent is not a condition of purchase/i);
    expect(leads).toEqual([]);

    client.send('Sure, call me at (305) 814-2279');
    await waitFor(client, (s) => s.lead !== null, 'the lead');
    expect(leads).toHaveLength(1);
    expect(leads[0]?.fields).toMatchObject({ name: 'Maria Lopez', phone: expect.stringContaining('814-2279') });
    expect(phones).toEqual([{ leadId: leads[0]?.leadId, phone: leads[0]?.fields.phone }]);

    // The secret-key API refuses browsers (no CORS), so the check reads the store.
    expect((await t.server.store.leads.byId(leads[0]!.leadId))?.contact.phone).toBe('+13058142279');
  });
});
