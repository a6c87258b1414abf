// @vitest-environment happy-dom
// @vitest-environment-options {"url":"http://localhost/console/"}
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makeLead, makeMe, SITE } from '../test/fixtures.js';
import { renderConsole } from '../test/render-console.js';
import { setupStaffServer } from '../test/setup-msw.js';

const server = setupStaffServer();

describe('lead pipeline', () => {
  it('shows one column per stage and moves a lead when its stage changes', async () => {
    const { ui, data } = renderConsole(server, '/console/leads', {
      me: makeMe(),
      setup: (d) => {
        d.leads = [makeLead('a'), makeLead('b', { contact: { name: 'Sam' }, pipeline: { stage: 'contacted' } })];
      },
    });
    const newColumn = within(await ui.findByRole('region', { name: /^New/ }));
    await waitFor(() => expect(newColumn.getByText('Dana Reyes')).toBeTruthy());
    expect(within(ui.getByRole('region', { name: /^Contacted/ })).getByText('Sam')).toBeTruthy();
    fireEvent.click(newColumn.getByText('Change stage'));
    fireEvent.change(newColumn.getByLabelText('Stage'), { target: { value: 'appointment' } });
    fireEvent.click(newColumn.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(ui.getByRole('region', { name: /^Appointment set/ })).getByText('Dana Reyes')).toBeTruthy());
    expect(data.requests.find((r) => r.method === 'PATCH')?.body).toEqual({ stage: 'appointment' });
    const columns = data.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/leads')).map((r) => r.search.get('stage'));
    expect(columns.sort()).toEqual(['appointment', 'contacted', 'lost', 'new', 'sold']);
  });

  it('offers owners and managers a CSV export of the chosen days, as the instants the server takes', async () => {
    const { ui } = renderConsole(server, '/console/leads', { me: makeMe() });
    await ui.findByRole('heading', { name: 'Leads' });
    fireEvent.change(ui.getByLabelText('From'), { target: { value: '2026-11-01' } });
    fireEvent.change(ui.getByLabelText('To'), { target: { value: '2026-11-30' } });
    const link = ui.getByRole('link', { name: 'Download CSV' });
    const query = new URLSearchParams({ from: new Date(2026, 10, 1).toISOString(), to: new Date(2026, 11, 1).toISOString() });
    expect(link.getAttribute('href')).toBe(`/v1/staff/sites/${SITE}/leads/export.csv?${query}`);
  });

  it('does not offer the export to a salesperson', async () => {
    const me = makeMe({ memberships: [{ siteId: SITE, siteName: 'Sunrise', role: 'salesperson', assistantName: 'Cathy' }] });
    const { ui } = renderConsole(server, '/console/leads', { me });
    await ui.findByRole('heading', { name: 'Leads' });
    expect(ui.queryByRole('link', { name: 'Download CSV' })).toBeNull();
  });
});
