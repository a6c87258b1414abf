import { describe, expect, it } from 'vitest';
import type { HandoffLogRecord } from '../store/records.js';
import { makeConversation, makeVisitor, minutesAfter, T0 } from '../store/contract/fixtures.js';
import { useTempStore } from '../test/support/temp-store.js';
import { escalationSummary } from './escalation-summary.js';

const temp = useTempStore('cathy-escalation-summary-');
const SITE = 'site-1';
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const staff = { id: 's1', name: 'Ana' };

async function withTrail(log: HandoffLogRecord[], siteId = SITE) {
  await temp.store.conversations.insert(makeConversation(makeVisitor(siteId), { handoff: { version: log.length, log } }));
}

describe('escalationSummary', () => {
  it('counts each escalation of the range once by how it ended, with the median time to a takeover', async () => {
    await withTrail([{ kind: 'escalated', at: at(0), reason: 'asked' }, { kind: 'taken', at: at(30), staff }]);
    await withTrail([
      { kind: 'escalated', at: at(10), reason: 'rule' },
      { kind: 'taken', at: at(70), staff },
      { kind: 'handed_back', at: at(200), staff },
      { kind: 'escalated', at: at(300), reason: 'hostility' },
      { kind: 'timed_out', at: at(360) },
      { kind: 'missed', at: at(360) },
      { kind: 'taken', at: at(400), staff },
    ]);
    await withTrail([{ kind: 'escalated', at: at(20), reason: 'asked' }, { kind: 'missed', at: at(20) }, { kind: 'callback', at: at(90) }]);
    await withTrail([{ kind: 'escalated', at: at(40), reason: 'asked' }]);
    await withTrail([{ kind: 'escalated', at: minutesAfter(120), reason: 'asked' }, { kind: 'missed', at: minutesAfter(120) }]);
    await withTrail([{ kind: 'escalated', at: at(5), reason: 'asked' }], 'site-2');
    await withTrail([{ kind: 'taken', at: at(5), staff }]);

    expect(await escalationSummary(temp.store, SITE, T0, minutesAfter(60))).toEqual({ waiting: 1, taken: 2, callback: 1, missed: 1, medianPickupSeconds: 45 });
    expect(await escalationSummary(temp.store, SITE, minutesAfter(60), minutesAfter(180))).toEqual({ waiting: 0, taken: 0, callback: 0, missed: 1 });
  });
});
