import { describe, expect, it } from 'vitest';
import type { IdentifyResult } from '../../sdk/protocol/index.js';
import { computeUserHash } from '../security/user-hash.js';
import { ok, request } from './support/chat.js';
import { useTestSite, openVisitor } from './support/test-server.js';

describe('visitor:identify', () => {
  const t = useTestSite();

  const visitor = () => openVisitor(t);

  it('links a visitor proven by userHash to the same customer on another device', async () => {
    const userHash = computeUserHash(t.site.site.identitySecret, 'crm-1001');
    const laptop = await visitor();
    const phone = await visitor();
    const a = await ok(request<IdentifyResult>(laptop.socket, 'visitor:identify', { externalId: 'crm-1001', userHash, name: 'Ana' }));
    const b = await ok(request<IdentifyResult>(phone.socket, 'visitor:identify', { externalId: 'crm-1001', userHash }));
    expect(a.verified && b.verified).toBe(true);
    const linked = await t.server.store.visitors.byId(phone.session.visitorId);
    expect(linked).toMatchObject({ externalId: 'crm-1001', customerId: laptop.session.visitorId });
    laptop.socket.close();
    phone.socket.close();
  });

  it('keeps unproven data as supplied and never links it to another visitor', async () => {
    const known = await visitor();
    await ok(request(known.socket, 'visitor:identify', { externalId: 'crm-2002', userHash: computeUserHash(t.site.site.identitySecret, 'crm-2002') }));
    const impostor = await visitor();
    const result = await ok(
      request<IdentifyResult>(impostor.socket, 'visitor:identify', { externalId: 'crm-2002', userHash: 'ab'.repeat(32), email: 'Me@Example.com' }),
    );
    expect(result.verified).toBe(false);
    const record = await t.server.store.visitors.byId(impostor.session.visitorId);
    expect(record?.externalId).toBeUndefined();
    expect(record?.customerId).toBeUndefined();
    expect(record?.supplied).toMatchObject({ externalId: 'crm-2002', email: 'me@example.com' });
    const bad = await request(impostor.socket, 'visitor:identify', { userHash: 'ab'.repeat(32) });
    expect(bad).toMatchObject({ error: { code: 'VALIDATION_ERROR' } });
    known.socket.close();
    impostor.socket.close();
  });
});
