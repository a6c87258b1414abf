import { describe, expect, it } from 'vitest';
import type { EscalationView } from '../../sdk/protocol/index.js';
import { makeItem } from '../test/fixtures.js';
import { isWaiting, withHandoff, withTrail } from './handoff.js';

const escalation = (status: EscalationView['status']): EscalationView => ({
  reason: 'asked',
  status,
  at: '2026-12-06T10:41:00.000Z',
  deadline: '2026-12-06T10:42:00.000Z',
});
const ANA = { staffId: 'staff_ana', name: 'Ana', since: '2026-12-06T10:42:00.000Z' };

describe('handoff on an inbox row', () => {
  it('stops a row waiting once its escalation is taken, and names the holder', () => {
    const row = withHandoff(makeItem('c1', { state: 'waiting', escalation: escalation('waiting') }), { holder: ANA, escalation: escalation('taken') });
    expect(row).toMatchObject({ state: 'active', holder: ANA, escalation: { status: 'taken' } });
    expect(isWaiting(row)).toBe(false);
  });

  it('makes a row waiting when its escalation starts, and drops the holder on hand back', () => {
    const held = makeItem('c1', { state: 'lead', holder: ANA });
    expect(withHandoff(held, {}).holder).toBeUndefined();
    expect(withHandoff(held, {}).state).toBe('lead');
    expect(isWaiting(withHandoff(makeItem('c1'), { escalation: escalation('waiting') }))).toBe(true);
  });

  it('keeps the trail in time order without doubling a line a refetch already brought', () => {
    const taken = { kind: 'taken' as const, at: '2026-12-06T10:42:00.000Z' };
    const escalated = { kind: 'escalated' as const, at: '2026-12-06T10:41:00.000Z' };
    expect(withTrail([taken], escalated)).toEqual([escalated, taken]);
    expect(withTrail([escalated, taken], { ...taken })).toEqual([escalated, taken]);
  });
});
