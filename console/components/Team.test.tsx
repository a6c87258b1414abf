// @vitest-environment happy-dom
// @vitest-environment-options {"url":"http://localhost/console/"}
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { StaffRole } from '../../sdk/protocol/index.js';
import { makeMe, makeMember, SITE } from '../test/fixtures.js';
import { renderConsole } from '../test/render-console.js';
import { setupStaffServer } from '../test/setup-msw.js';

const server = setupStaffServer();
const as = (role: StaffRole) => makeMe({ memberships: [{ siteId: SITE, siteName: 'Sunrise', role, assistantName: 'Cathy' }] });
const team = [
  makeMember('staff_me', 'manager', { name: 'Maria Lopez' }),
  makeMember('s2', 'salesperson', { name: 'Sam Ortiz' }),
  makeMember('s3', 'owner', { name: 'Olga Owner' }),
];

describe('team screen', () => {
  it('tells a salesperson only owners and managers manage the team, and hides the Team link', async () => {
    const { ui, data } = renderConsole(server, '/console/team', { me: as('salesperson') });
    expect(await ui.findByText('Only owners and managers manage the team.')).toBeTruthy();
    expect(ui.queryByRole('link', { name: 'Team' })).toBeNull();
    expect(data.requests.some((r) => r.path.endsWith('/team'))).toBe(false);
  });

  it('lets a manager invite a salesperson or a manager, but not an owner', async () => {
    const { ui, data } = renderConsole(server, '/console/team', { me: as('manager'), setup: (d) => (d.team = team) });
    await ui.findByText('Sam Ortiz');
    const roles = within(ui.getByLabelText('Role')).getAllByRole('option').map((o) => o.textContent);
    expect(roles).toEqual(['Manager', 'Salesperson']);
    fireEvent.input(ui.getByLabelText('Email'), { target: { value: 'new@sunrise.example' } });
    fireEvent.change(ui.getByLabelText('Role'), { target: { value: 'manager' } });
    fireEvent.click(ui.getByRole('button', { name: 'Send invitation' }));
    expect(await ui.findByText('Invitation sent to new@sunrise.example.')).toBeTruthy();
    expect(data.requests.find((r) => r.method === 'POST' && r.path === `/v1/staff/sites/${SITE}/team`)).toMatchObject({
      csrf: 'csrf-token-1',
      body: { email: 'new@sunrise.example', role: 'manager' },
    });
    expect(ui.getByText('Invited')).toBeTruthy();
  });

  it('lets an owner invite and remove an owner', async () => {
    const { ui } = renderConsole(server, '/console/team', { me: as('owner'), setup: (d) => (d.team = team) });
    await ui.findByText('Sam Ortiz');
    expect(within(ui.getByLabelText('Role')).getAllByRole('option').map((o) => o.textContent)).toContain('Owner');
    expect(ui.getByRole('button', { name: 'Remove Olga Owner' })).toBeTruthy();
  });

  it('removes a member after a second press, and never offers a manager to remove oneself or an owner', async () => {
    const { ui, data } = renderConsole(server, '/console/team', { me: as('manager'), setup: (d) => (d.team = team) });
    await ui.findByText('Sam Ortiz');
    expect(ui.queryByRole('button', { name: 'Remove Maria Lopez' })).toBeNull();
    expect(ui.queryByRole('button', { name: 'Remove Olga Owner' })).toBeNull();
    fireEvent.click(ui.getByRole('button', { name: 'Remove Sam Ortiz' }));
    expect(data.requests.some((r) => r.method === 'DELETE')).toBe(false);
    fireEvent.click(ui.getByRole('button', { name: 'Remove Sam Ortiz? Press again to confirm.' }));
    await waitFor(() => expect(ui.queryByText('Sam Ortiz')).toBeNull());
    expect(data.requests.find((r) => r.method === 'DELETE')?.path).toBe(`/v1/staff/sites/${SITE}/team/s2`);
  });

  it("changes a member's role from the list, with the CSRF header; a manager gets no owner option and no control over an owner", async () => {
    const { ui, data } = renderConsole(server, '/console/team', { me: as('manager'), setup: (d) => (d.team = team) });
    await ui.findByText('Sam Ortiz');
    expect(ui.queryByLabelText('Role of Olga Owner')).toBeNull();
    expect(ui.queryByLabelText('Role of Maria Lopez')).toBeNull();
    const sam = ui.getByLabelText('Role of Sam Ortiz');
    expect(within(sam).getAllByRole('option').map((o) => o.textContent)).toEqual(['Manager', 'Salesperson']);
    fireEvent.change(sam, { target: { value: 'manager' } });
    await waitFor(() => expect((ui.getByLabelText('Role of Sam Ortiz') as HTMLSelectElement).value).toBe('manager'));
    expect(data.requests.find((r) => r.method === 'PATCH')).toMatchObject({ path: `/v1/staff/sites/${SITE}/team/s2`, csrf: 'csrf-token-1', body: { role: 'manager' } });
  });

  it("lets an owner make someone an owner", async () => {
    const { ui } = renderConsole(server, '/console/team', { me: as('owner'), setup: (d) => (d.team = team) });
    await ui.findByText('Sam Ortiz');
    expect(within(ui.getByLabelText('Role of Olga Owner')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Owner', 'Manager', 'Salesperson']);
  });

  it("shows owners and managers how the last 7 days' requests for a person ended, with the median pickup", async () => {
    const { ui, data } = renderConsole(server, '/console/team', {
      me: as('owner'),
      setup: (d) => (d.escalationSummary = { waiting: 1, taken: 12, callback: 3, missed: 2, medianPickupSeconds: 75 }),
    });
    const card = within((await ui.findByRole('heading', { name: 'Requests for a person, last 7 days' })).closest('section')!);
    await waitFor(() => expect(card.getByText('Taken over').nextElementSibling?.textContent).toBe('12'));
    const figures = card.getAllByRole('term').map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(figures).toEqual(['Taken over: 12', 'Call back: 3', 'Missed: 2', 'Waiting now: 1', 'Median pickup: 1 min 15 s']);
    const asked = data.requests.find((r) => r.path === `/v1/staff/sites/${SITE}/escalations`)!;
    expect(Date.parse(asked.search.get('to')!) - Date.parse(asked.search.get('from')!)).toBe(7 * 24 * 60 * 60_000);
  });
});
