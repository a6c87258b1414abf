import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLead, deliveriesOf, leadOf } from './support/lead.js';
import { addSite, startTestServer, type TestSiteContext } from './support/test-server.js';

describe('a site with nobody to hand leads to', () => {
  const t = {} as TestSiteContext;
  beforeAll(async () => {
    t.server = await startTestServer();
    t.site = await addSite(t.server, { leadRecipients: [], adfRecipients: [] });
  });
  afterAll(() => t.server.destroy());

  it('keeps the lead with delivery status none and queues no delivery', async () => {
    const { leadId } = await captureLead(t, '(305) 814-2279');
    expect((await leadOf(t, leadId)).delivery.status).toBe('none');
    expect(await deliveriesOf(t, leadId)).toEqual([]);
  });
});
