import sift from 'sift';
import { describe, expect, it } from 'vitest';
import { INBOX_STATES } from '../../../sdk/protocol/index.js';
import { makeConversation, makeVisitor, minutesAfter } from '../contract/fixtures.js';
import { activityAt, matchesInbox, type InboxStoreQuery } from '../inbox-query.js';
import type { ConversationRecord } from '../records.js';
import { toStored } from '../stored-record.js';
import { inboxFilter } from './inbox-filter.js';

const SITE = 'site-1';

/** Every combination of what the states, the lead filter, the range and the search read. */
function grid(): ConversationRecord[] {
  const records: ConversationRecord[] = [];
  let minute = 0;
  for (const humanRequested of [false, true])
    for (const agent of [false, true])
      for (const visitorAt of [undefined, 1, 30])
        for (const leadId of [undefined, 'lead-1'])
          for (const terms of [undefined, ['ana', 'garcía', '2279'], ['honda', 'cr-v']]) {
            minute += 1;
            const base = makeConversation(makeVisitor(minute % 7 === 0 ? 'site-2' : SITE));
            records.push({
              ...base,
              id: `c-${String(minute % 13).padStart(2, '0')}-${minute}`,
              state: { ...base.state, humanRequested },
              ...(leadId && { leadId }),
              ...(terms && { searchTerms: terms }),
              activity: {
                at: minutesAfter(minute % 11 === 0 ? 5 : minute),
                count: 2,
                ...(visitorAt !== undefined && { visitorAt: minutesAfter(visitorAt) }),
                ...(agent && { agentAt: minutesAfter(2) }),
              },
            });
          }
  return records;
}

function queries(records: ConversationRecord[]): InboxStoreQuery[] {
  const base = { siteId: SITE, activeSince: minutesAfter(20), limit: 1000 };
  const middle = records[40]!;
  return [
    base,
    ...INBOX_STATES.map((state) => ({ ...base, state })),
    { ...base, hasLead: true },
    { ...base, hasLead: false, state: 'quiet' as const },
    { ...base, from: minutesAfter(10), to: minutesAfter(50) },
    { ...base, tokens: ['g.r'] },
    { ...base, tokens: ['ana', '2279'] },
    { ...base, tokens: ['cr-'] },
    { ...base, tokens: ['g.r'] },
    { ...base, after: { at: activityAt(middle), id: middle.id } },
    { ...base, state: 'lead' as const, after: { at: activityAt(middle), id: middle.id }, tokens: ['honda'] },
  ];
}

describe('the mongo inbox filter', () => {
  it('selects exactly what the shared inbox rules select, cursor included, on every combination', () => {
    const records = grid();
    for (const query of queries(records)) {
      const selected = records.filter((record) => sift(inboxFilter(query))(toStored(record))).map((record) => record.id);
      const after = query.after;
      const expected = records
        .filter((record) => record.siteId === query.siteId && matchesInbox(record, query))
        .filter((record) => !after || activityAt(record) < after.at || (activityAt(record).getTime() === after.at.getTime() && record.id < after.id))
        .map((record) => record.id);
      expect({ query, selected: selected.sort() }).toEqual({ query, selected: expected.sort() });
    }
  });
});
