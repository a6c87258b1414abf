// @vitest-environment happy-dom
// @vitest-environment-options {"url":"http://localhost/console/"}
import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makeItem, makeLead, makeMe } from '../test/fixtures.js';
import { renderConsole } from '../test/render-console.js';
import { setupStaffServer } from '../test/setup-msw.js';

const server = setupStaffServer();

const rowNames = (ui: ReturnType<typeof renderConsole>['ui']) =>
  ui.queryAllByRole('link').filter((a) => a.hasAttribute('data-row')).map((a) => a.querySelector('.who')?.textContent);

describe('inbox', () => {
  it('lists conversations newest first with their state chip and unread mark', async () => {
    const { ui } = renderConsole(server, '/console/', {
      me: makeMe(),
      setup: (d) => {
        d.items = [makeItem('a', { state: 'quiet' }), makeItem('b', { state: 'waiting', unread: true })];
      },
    });
    await waitFor(() => expect(rowNames(ui)).toEqual(['Shopper b', 'Shopper a']));
    const first = ui.getAllByRole('listitem')[0]!;
    expect(first.textContent).toContain('Waiting');
    expect(ui.getByRole('img', { name: 'Unread' })).toBeTruthy();
  });

  it("says who wrote the last message when it was not the shopper's", async () => {
    const at = '2026-12-06T10:00:00.000Z';
    const { ui } = renderConsole(server, '/console/', {
      me: makeMe(),
      setup: (d) => {
        d.items = [makeItem('a', { lastMessage: { role: 'assistant', text: 'What monthly amount feels comfortable?', at } }), makeItem('b')];
      },
    });
    await waitFor(() => expect(rowNames(ui)).toHaveLength(2));
    const previews = ui.getAllByRole('listitem').map((row) => row.querySelector('.preview')?.textContent);
    expect(previews).toContain('Cathy: What monthly amount feels comfortable?');
    expect(previews).toContain('hello from b');
  });

  it('tells an empty inbox apart from a search that matches nothing', async () => {
    const { ui } = renderConsole(server, '/console/', { me: makeMe(), setup: (d) => void (d.items = []) });
    await ui.findByText('No conversations yet. They show up here as soon as a shopper writes to Cathy.');
    fireEvent.click(ui.getByRole('button', { name: 'Waiting' }));
    await ui.findByText('No conversations match.');
  });

  it('filters to conversations with a lead, and to waiting ones', async () => {
    const { ui, data } = renderConsole(server, '/console/', {
      me: makeMe(),
      setup: (d) => {
        d.items = [makeItem('a', { lead: { id: 'l1', stage: 'new' }, state: 'lead' }), makeItem('b', { state: 'waiting' }), makeItem('c')];
      },
    });
    await waitFor(() => expect(rowNames(ui)).toHaveLength(3));
    fireEvent.click(ui.getByRole('button', { name: 'Has lead' }));
    await waitFor(() => expect(rowNames(ui)).toEqual(['Shopper a']));
    expect(data.requests.at(-1)?.search.get('hasLead')).toBe('true');
    expect(ui.getByRole('button', { name: 'Has lead' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(ui.getByRole('button', { name: 'Waiting' }));
    await waitFor(() => expect(rowNames(ui)).toEqual(['Shopper b']));
    expect(data.requests.at(-1)?.search.get('state')).toBe('waiting');
  });

  it('searches by what the salesperson types, once they pause', async () => {
    const { ui, data } = renderConsole(server, '/console/', {
      me: makeMe(),
      setup: (d) => {
        d.items = [makeItem('a', { vehicle: 'Tacoma' }), makeItem('b', { visitor: { name: 'Dana', phoneLast4: '0142', returning: false, identified: false } })];
      },
    });
    await waitFor(() => expect(rowNames(ui)).toHaveLength(2));
    fireEvent.input(ui.getByRole('searchbox'), { target: { value: '0142' } });
    await waitFor(() => expect(rowNames(ui)).toEqual(['Dana']));
    expect(data.requests.filter((r) => r.search.get('q') === '0142')).toHaveLength(1);
  });

  it('sends the date range as the start of the first day and the start of the day after the last', async () => {
    const { ui, data } = renderConsole(server, '/console/', { me: makeMe() });
    await waitFor(() => expect(data.requests.some((r) => r.path.endsWith('/conversations'))).toBe(true));
    fireEvent.change(ui.getByLabelText('From'), { target: { value: '2026-12-01' } });
    fireEvent.change(ui.getByLabelText('To'), { target: { value: '2026-12-05' } });
    await waitFor(() => expect(data.requests.at(-1)?.search.get('to')).toBe(new Date(2026, 11, 6).toISOString()));
    expect(data.requests.at(-1)?.search.get('from')).toBe(new Date(2026, 11, 1).toISOString());
  });

  it('loads the next page with the cursor and appends it', async () => {
    const { ui, data } = renderConsole(server, '/console/', {
      me: makeMe(),
      setup: (d) => {
        d.items = Array.from({ length: 60 }, (_, i) => makeItem(`p${i}`));
      },
    });
    await waitFor(() => expect(rowNames(ui)).toHaveLength(50));
    fireEvent.click(ui.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(rowNames(ui)).toHaveLength(60));
    expect(data.requests.at(-1)?.search.get('cursor')).toBe('50');
    expect(ui.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('moves a row to the top and shows its new message when the staff socket pushes it', async () => {
    const { ui, socket, update } = renderConsole(server, '/console/', {
      me: makeMe(),
      setup: (d) => {
        d.items = [makeItem('a'), makeItem('b')];
      },
    });
    await waitFor(() => expect(rowNames(ui)).toEqual(['Shopper b', 'Shopper a']));
    const pushed = makeItem('a', { unread: true, state: 'active', lastMessage: { role: 'visitor', text: 'Is it still available?', at: new Date().toISOString() } });
    update(() => socket().push('inbox:item', { ...pushed, lastActivityAt: '2099-01-01T00:00:00.000Z' }));
    expect(rowNames(ui)).toEqual(['Shopper a', 'Shopper b']);
    expect(ui.getAllByRole('listitem')[0]!.textContent).toContain('Is it still available?');
    expect(ui.getAllByRole('listitem')[0]!.textContent).toContain('Active');
  });

  it('adds a new conversation pushed live, but not one the active filter leaves out', async () => {
    const { ui, socket, update } = renderConsole(server, '/console/', {
      me: makeMe(),
      setup: (d) => {
        d.items = [makeItem('a', { lead: { id: 'l', stage: 'new' } })];
      },
    });
    await waitFor(() => expect(rowNames(ui)).toHaveLength(1));
    fireEvent.click(ui.getByRole('button', { name: 'Has lead' }));
    await waitFor(() => expect(ui.getByRole('button', { name: 'Has lead' }).getAttribute('aria-pressed')).toBe('true'));
    update(() => socket().push('inbox:item', makeItem('no-lead')));
    update(() => socket().push('inbox:item', makeItem('with-lead', { lead: { id: makeLead('x').id, stage: 'new' } })));
    await waitFor(() => expect(rowNames(ui)).toEqual(['Shopper with-lead', 'Shopper a']));
  });

  it('moves focus between rows with j and k', async () => {
    const { ui } = renderConsole(server, '/console/', {
      me: makeMe(),
      setup: (d) => {
        d.items = [makeItem('a'), makeItem('b'), makeItem('c')];
      },
    });
    await waitFor(() => expect(rowNames(ui)).toHaveLength(3));
    const rows = ui.getAllByRole('link').filter((a) => a.hasAttribute('data-row'));
    rows[0]!.focus();
    fireEvent.keyDown(rows[0]!, { key: 'j' });
    expect(document.activeElement).toBe(rows[1]);
    fireEvent.keyDown(rows[1]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[2]);
    fireEvent.keyDown(rows[2]!, { key: 'k' });
    expect(document.activeElement).toBe(rows[1]);
  });

  it('refetches the inbox after the staff socket reconnects', async () => {
    const { data, socket, update } = renderConsole(server, '/console/', { me: makeMe() });
    await waitFor(() => expect(data.requests.filter((r) => r.path.endsWith('/conversations'))).toHaveLength(1));
    update(() => socket().reconnect());
    await waitFor(() => expect(data.requests.filter((r) => r.path.endsWith('/conversations'))).toHaveLength(2));
  });
});
