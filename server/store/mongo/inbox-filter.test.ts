import sift from 'sift';
import { describe, expect, it } from 'vitest';
import { INBOX_STATES } from '../../../sdk/protocol/index.js';
import { makeConversation, makeVisitor, minutesAfter, waitingHandoff } from '../contract/fixtures.js';
import { dueEscalations, escalatedBetween } from '../escalation-queries.js';
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
    for (const escalation of [undefined, 'waiting', 'taken', 'missed'] as const)
      for (const visitorAt of [undefined, 1, 30])
        for (const leadId of [undefined, 'lead-1'])
          for (const terms of [undefined, ['ana', 'garcía', '2279'], ['honda', 'cr-v']]) {
            minute += 1;
            const base = makeConversation(makeVisitor(minute % 7 === 0 ? 'site-2' : SITE));
            records.push({
              ...base,
              id: `c-${String(minute % 13).padStart(2, '0')}-${minute}`,
              state: { ...base.state, humanRequested },
              ...(escalation && { handoff: { ...waitingHandoff(), escalation: { ...waitingHandoff().escalation!, status: escalation } } }),
              ...(leadId && { leadId }),
              ...(terms && { searchTerms: terms }),
              activity: {
                at: minutesAfter(minute % 11 === 0 ? 5 : minute),
                count: 2,
                ...(visitorAt !== undefined && { visitorAt: minutesAfter(visitorAt) }),
                ...(escalation === 'taken' && { agentAt: minutesAfter(2) }),
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

describe('the escalation queries, as MongoDB reads them', () => {
  it('select the waiting escalations past their deadline and the escalations begun in a range', () => {
    const visitor = makeVisitor(SITE);
    const at = (minutes: number) => minutesAfter(minutes);
    const records: ConversationRecord[] = [
      makeConversation(visitor, { id: 'due', handoff: waitingHandoff(at(0), at(2)) }),
      makeConversation(visitor, { id: 'not-yet', handoff: waitingHandoff(at(0), at(9)) }),
      makeConversation(visitor, { id: 'ended', handoff: { ...waitingHandoff(at(3), at(4)), escalation: { reason: 'asked', status: 'missed', at: at(3), deadline: at(4) } } }),
      makeConversation(visitor, { id: 'taken-only', handoff: { version: 1, log: [{ kind: 'taken', at: at(3), staff: { id: 's', name: 'Ana' } }] } }),
      makeConversation(makeVisitor('site-2'), { id: 'elsewhere', handoff: waitingHandoff(at(3), at(4)) }),
      makeConversation(visitor, { id: 'none' }),
    ];
    const select = (filter: Record<string, unknown>) => records.filter((record) => sift(filter)(toStored(record))).map((record) => record.id);
    expect(select(dueEscalations(at(5)))).toEqual(['due', 'elsewhere']);
    expect(select(escalatedBetween({ siteId: SITE, from: at(1), to: at(10) }))).toEqual(['ended']);
    expect(select(escalatedBetween({ siteId: SITE, from: at(0), to: at(3) }))).toEqual(['due', 'not-yet']);
  });
});
