import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../../sdk/protocol/index.js';
import { addStaff, signIn, staffFetch, type StaffAuth } from './support/staff.js';
import { addSite, startTestServer, type TestServer } from './support/test-server.js';

describe('staff requests under the per-address limit', () => {
  let server: TestServer;
  let auth: StaffAuth;
  beforeAll(async () => {
    server = await startTestServer({ RATE_LIMIT_IP_PER_MINUTE: '6' });
    const { site } = await addSite(server);
    const added = await addStaff(server.store, { siteId: site.id, email: 'busy@a.example', role: 'salesperson' });
    auth = await signIn(server.url, added.email, added.password);
  });
  afterAll(() => server.destroy());

  it('answers RATE_LIMITED with retryAfter beyond the limit, and the refusal is not cached', async () => {
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 8 && !refused; i++) {
      const res = await staffFetch(server.url, auth, '/v1/staff/me');
      statuses.push(res.status);
      if (res.status === 429) refused = res;
      else await res.body?.cancel();
    }
    expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true);
    expect(refused?.headers.get('cache-control')).toBe('no-store');
    const { error } = (await refused!.json()) as ErrorResponse;
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfter).toBeGreaterThan(0);
  });
});
