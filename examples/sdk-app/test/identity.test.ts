import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdentifyResult } from '../../../sdk/protocol/index.js';
import { ok, request } from '../../../server/test/support/chat.js';
import { openVisitor, useTestSite } from '../../../server/test/support/test-server.js';
import { createExampleApp } from '../backend/create-example-app.js';
import { SIGNED_IN_USER, signUserHash } from '../backend/identity-route.js';
import { BUNDLE_DIR } from '../scripts/build-bundles.js';
import type { SignedIdentity } from '../shared/api-types.js';

describe('the example backend signs the signed-in user for Cathy', () => {
  const t = useTestSite();
  let backend: Server;
  let backendUrl: string;

  beforeAll(async () => {
    const app = createExampleApp({
      siteKey: t.site.site.publicKey,
      serverUrl: t.server.url,
      identitySecret: t.site.site.identitySecret,
      bundleDir: BUNDLE_DIR,
    });
    backend = await new Promise<Server>((resolve) => {
      const server = app.listen(0, '127.0.0.1', () => resolve(server));
    });
    backendUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => backend.close(resolve)));

  const signedIdentity = async (): Promise<SignedIdentity> => {
    const res = await fetch(`${backendUrl}/api/cathy-identity`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    return (await res.json()) as SignedIdentity;
  };

  it('serves a userHash the real server verifies, linking the visitor to the customer on every device', async () => {
    const identity = await signedIdentity();
    expect(identity).toMatchObject(SIGNED_IN_USER);
    const laptop = await openVisitor(t);
    const phone = await openVisitor(t);
    for (const device of [laptop, phone]) {
      const result = await ok(request<IdentifyResult>(device.socket, 'visitor:identify', identity));
      expect(result).toEqual({ verified: true });
      device.socket.close();
    }
    expect(await t.server.store.visitors.byId(laptop.session.visitorId)).toMatchObject({ externalId: SIGNED_IN_USER.externalId });
    expect(await t.server.store.visitors.byId(phone.session.visitorId)).toMatchObject({
      externalId: SIGNED_IN_USER.externalId,
      customerId: laptop.session.visitorId,
    });
  });

  it.each([
    ['a tampered hash', (identity: SignedIdentity) => ({ ...identity, userHash: identity.userHash.slice(0, -1) + (identity.userHash.endsWith('0') ? '1' : '0') })],
    ['a hash of another user', (identity: SignedIdentity) => ({ ...identity, externalId: 'crm-2002' })],
    ['a hash signed with another secret', (identity: SignedIdentity) => ({ ...identity, userHash: signUserHash('not-the-site-secret', identity.externalId) })],
  ])('is refused with %s, and the visitor stays unlinked', async (_case, forge) => {
    const forged = forge(await signedIdentity());
    const { socket, session } = await openVisitor(t);
    const result = await ok(request<IdentifyResult>(socket, 'visitor:identify', forged));
    socket.close();
    expect(result).toEqual({ verified: false });
    const visitor = await t.server.store.visitors.byId(session.visitorId);
    expect(visitor?.externalId).toBeUndefined();
    expect(visitor?.customerId).toBeUndefined();
  });

  it('gives the pages the site key and server URL, never the identity secret', async () => {
    const res = await fetch(`${backendUrl}/api/config`);
    const body = await res.text();
    expect(JSON.parse(body)).toEqual({ siteKey: t.site.site.publicKey, serverUrl: t.server.url });
    expect(body).not.toContain(t.site.site.identitySecret);
  });
});
