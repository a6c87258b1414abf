// @vitest-environment happy-dom
// @vitest-environment-options {"url":"http://localhost/console/"}
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makeDelivery, makeDetail, makeItem, makeLead, makeMe } from '../test/fixtures.js';
import { renderConsole } from '../test/render-console.js';
import { setupStaffServer } from '../test/setup-msw.js';

const server = setupStaffServer();

const deliveries = () => [makeDelivery('job_ok', 'delivered'), makeDelivery('job_bad', 'failed', 'webhook'), makeDelivery('job_wait', 'pending', 'adf')];

function openLead() {
  return renderConsole(server, '/console/conversations/c1', {
    me: makeMe(),
    setup: (d) => {
      const item = makeItem('c1', { state: 'lead', lead: { id: 'lead_c1', stage: 'new' } });
      d.items = [item];
      d.details.c1 = makeDetail(item, {
        lead: makeLead('c1'),
        deliveries: deliveries(),
      });
    },
  });
}

describe('lead card', () => {
  it('shows the facts, the consent and each delivery with its state', async () => {
    const { ui } = openLead();
    const card = within(await ui.findByRole('region', { name: /Lead: Dana Reyes/ }));
    expect(card.getByRole('link', { name: '(512) 555-0142' }).getAttribute('href')).toBe('tel:+15125550142');
    expect(card.getByText('2022 Honda CR-V')).toBeTruthy();
    expect(card.getByText('Express written consent (calls and texts)')).toBeTruthy();
    expect(card.getByText('Delivered')).toBeTruthy();
    expect(card.getByText('Failed')).toBeTruthy();
    expect(card.getByText('Pending')).toBeTruthy();
  });

  it('offers Retry only for the failed delivery, and shows it pending after the retry', async () => {
    const { ui, data } = openLead();
    await ui.findByText('Failed');
    const retries = ui.getAllByRole('button', { name: 'Retry' });
    expect(retries).toHaveLength(1);
    expect(retries[0]!.closest('li')?.textContent).toContain('Webhook');
    fireEvent.click(retries[0]!);
    await waitFor(() => expect(ui.queryByText('Failed')).toBeNull());
    expect(ui.getAllByText('Pending')).toHaveLength(2);
    expect(data.requests.find((r) => r.path === '/v1/staff/deliveries/job_bad/retry')?.csrf).toBe('csrf-token-1');
  });

  it('asks why before moving a lead to lost, and sends the stage with the reason', async () => {
    const { ui, data } = openLead();
    await ui.findByText('Failed');
    fireEvent.change(ui.getByLabelText('Stage'), { target: { value: 'lost' } });
    fireEvent.click(ui.getByRole('button', { name: 'Save' }));
    expect((await ui.findByRole('alert')).textContent).toBe('Say why the lead was lost.');
    expect(data.requests.some((r) => r.method === 'PATCH')).toBe(false);
    fireEvent.input(ui.getByLabelText('Why was it lost?'), { target: { value: 'Bought elsewhere' } });
    fireEvent.click(ui.getByRole('button', { name: 'Save' }));
    await ui.findByText('Saved.');
    expect(data.requests.find((r) => r.method === 'PATCH')).toMatchObject({
      path: '/v1/staff/leads/lead_c1',
      csrf: 'csrf-token-1',
      body: { stage: 'lost', reason: 'Bought elsewhere' },
    });
  });

  it('moves a lead to contacted with its assignee, sending only what changed', async () => {
    const { ui, data } = openLead();
    await ui.findByText('Failed');
    fireEvent.change(ui.getByLabelText('Stage'), { target: { value: 'contacted' } });
    fireEvent.input(ui.getByLabelText('Assignee'), { target: { value: 'Maria' } });
    fireEvent.click(ui.getByRole('button', { name: 'Save' }));
    await ui.findByText('Saved.');
    expect(data.requests.find((r) => r.method === 'PATCH')?.body).toEqual({ stage: 'contacted', assignee: 'Maria' });
  });

  it('follows a lead change pushed live for the open conversation', async () => {
    const { ui, socket, update } = openLead();
    await ui.findByText('Failed');
    update(() => socket().push('conversation:lead', { conversationId: 'c1', lead: makeLead('c1', { contact: { name: 'Dana R. Reyes' } }), deliveries: deliveries() }));
    expect(ui.getByRole('region', { name: /Lead: Dana R. Reyes/ })).toBeTruthy();
  });

  it("shows a colleague's stage change pushed live in the stage form", async () => {
    const { ui, socket, update } = openLead();
    await ui.findByText('Failed');
    const moved = makeLead('c1', { pipeline: { stage: 'appointment', assignee: 'Luis', changedAt: '2026-12-06T10:00:00.000Z' } });
    update(() => socket().push('conversation:lead', { conversationId: 'c1', lead: moved, deliveries: deliveries() }));
    await waitFor(() => expect((ui.getByLabelText('Stage') as HTMLSelectElement).value).toBe('appointment'));
    expect((ui.getByLabelText('Assignee') as HTMLInputElement).value).toBe('Luis');
  });

  it("keeps what this person is typing when a colleague's change arrives meanwhile", async () => {
    const { ui, socket, update } = openLead();
    await ui.findByText('Failed');
    fireEvent.input(ui.getByLabelText('Assignee'), { target: { value: 'Maria' } });
    const moved = makeLead('c1', { pipeline: { stage: 'contacted', assignee: 'Luis', changedAt: '2026-12-06T10:00:00.000Z' } });
    update(() => socket().push('conversation:lead', { conversationId: 'c1', lead: moved, deliveries: deliveries() }));
    await ui.findByRole('region', { name: /Lead: Dana Reyes/ });
    expect((ui.getByLabelText('Assignee') as HTMLInputElement).value).toBe('Maria');
  });

  it('shows the deliveries of a lead that was made while the conversation was open, from the live event alone', async () => {
    const { ui, socket, update, data } = renderConsole(server, '/console/conversations/c1', {
      me: makeMe(),
      setup: (d) => {
        const item = makeItem('c1', { state: 'active' });
        d.items = [item];
        d.details.c1 = makeDetail(item, { deliveries: [] });
      },
    });
    await ui.findByRole('log');
    const fetched = data.requests.length;
    update(() => socket().push('conversation:lead', { conversationId: 'c1', lead: makeLead('c1'), deliveries: [makeDelivery('job_new', 'pending')] }));
    await ui.findByText('Pending');
    expect(data.requests.slice(fetched).filter((r) => r.method === 'GET')).toEqual([]);
  });
});
