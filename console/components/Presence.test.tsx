// @vitest-environment happy-dom
// @vitest-environment-options {"url":"http://localhost/console/"}
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { PresenceEntry } from '../../sdk/protocol/index.js';
import { makeMe, SITE } from '../test/fixtures.js';
import { memoryPreferences, renderConsole } from '../test/render-console.js';
import { setupStaffServer } from '../test/setup-msw.js';

const server = setupStaffServer();
const entry = (staffId: string, name: string, status: PresenceEntry['status']): PresenceEntry => ({ staffId, name, status, since: '2026-12-06T10:00:00.000Z' });

describe('presence', () => {
  it('says online when the socket opens, sends away when chosen, and remembers it', async () => {
    const prefs = memoryPreferences();
    const { ui, socket } = renderConsole(server, '/console/', { me: makeMe(), prefs });
    await ui.findByRole('heading', { name: 'Inbox' });
    expect(socket().presenceSent).toEqual(['online']);
    fireEvent.change(ui.getByLabelText('Your status'), { target: { value: 'away' } });
    expect(socket().presenceSent).toEqual(['online', 'away']);
    expect(prefs.get('presence')).toBe('away');
  });

  it('starts away on a device where the person chose away', async () => {
    const prefs = memoryPreferences();
    prefs.set('presence', 'away');
    const { ui, socket } = renderConsole(server, '/console/', { me: makeMe(), prefs });
    await ui.findByRole('heading', { name: 'Inbox' });
    expect(socket().presenceSent).toEqual(['away']);
    expect((ui.getByLabelText('Your status') as HTMLSelectElement).value).toBe('away');
  });

  it("lists who of the site's team is signed in, from the request on load and then the live events", async () => {
    const { ui, socket, update, data } = renderConsole(server, '/console/', {
      me: makeMe(),
      setup: (d) => (d.presence = [entry('staff_me', 'Maria', 'online'), entry('staff_ana', 'Ana', 'away')]),
    });
    expect(await ui.findByText('1 online')).toBeTruthy();
    expect(data.requests.some((r) => r.path === `/v1/staff/sites/${SITE}/presence`)).toBe(true);
    const list = () => within(ui.getByText('1 online').closest('details')!).getAllByRole('listitem').map((li) => li.textContent);
    expect(list()).toEqual(['Maria · Online', 'Ana · Away']);
    update(() => socket().push('presence', { siteId: SITE, staff: [entry('staff_me', 'Maria', 'online'), entry('staff_ana', 'Ana', 'online')] }));
    expect(ui.getByText('2 online')).toBeTruthy();
    update(() => socket().push('presence', { siteId: 'site_other', staff: [] }));
    await waitFor(() => expect(ui.getByText('2 online')).toBeTruthy());
  });
});
