import { describe, expect, it } from 'vitest';
import type { HandoffLogRecord } from '../store/records.js';
import { LOG_KEPT, answeredByPerson, firstName, withEntry } from './handoff-log.js';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 1, minute));
const staff = { id: 's1', name: 'Sam Smith' };
const holder = { staffId: 's1', name: 'Sam', since: at(10) };

describe('answeredByPerson', () => {
  it("is Cathy's message when nobody ever took the chat over", () => {
    expect(answeredByPerson({}, at(5))).toBe(false);
  });

  it("is the person's while someone holds the chat", () => {
    expect(answeredByPerson({ handoff: { version: 1, holder, log: [{ kind: 'taken', at: at(10), staff }] } }, at(12))).toBe(true);
  });

  it("is the person's when stored while they held it, or before a takeover they handed back later", () => {
    const handoff = { version: 2, log: [{ kind: 'taken', at: at(10), staff }, { kind: 'handed_back', at: at(20), staff }] as HandoffLogRecord[] };
    expect(answeredByPerson({ handoff }, at(15))).toBe(true);
    expect(answeredByPerson({ handoff }, at(9))).toBe(true);
  });

  it("is Cathy's again once stored after the hand-back", () => {
    const handoff = { version: 2, log: [{ kind: 'taken', at: at(10), staff }, { kind: 'handed_back', at: at(20), staff }] as HandoffLogRecord[] };
    expect(answeredByPerson({ handoff }, at(21))).toBe(false);
  });
});

describe('withEntry', () => {
  it(`keeps the newest ${LOG_KEPT} entries`, () => {
    let log: HandoffLogRecord[] = [];
    for (let i = 0; i < LOG_KEPT + 3; i++) log = withEntry(log, { kind: 'taken', at: new Date(i), staff });
    expect(log).toHaveLength(LOG_KEPT);
    expect(log[0]?.at).toEqual(new Date(3));
  });
});

describe('firstName', () => {
  it('is what shoppers see of a full name', () => {
    expect(firstName('  Sam   Smith ')).toBe('Sam');
    expect(firstName('Cher')).toBe('Cher');
  });
});
