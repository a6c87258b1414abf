import { describe, expect, it } from 'vitest';
import type { Turn } from '../play/play-shopper.js';
import type { Line } from '../shoppers/shopper.js';
import { findBreaches } from './guardrails.js';

const line = (say: string, extra: Partial<Line> = {}): Line => ({
  say,
  answers: [],
  hostile: false,
  goodCredit: false,
  optOut: false,
  declines: false,
  sets: {},
  ...extra,
});
const turn = (l: Line, reply: string, asks?: Turn['asks']): Turn => ({
  text: l.say,
  line: l,
  source: 'line',
  messageId: 'm',
  reply,
  disclosure: asks === 'phone',
  asks,
  latencyMs: 1,
});
const rules = (turns: Turn[]) => findBreaches(turns).map((b) => b.rule);

describe('findBreaches', () => {
  it('flags a payment figure and an approval promise in any reply', () => {
    expect(rules([turn(line('how much a month'), "You're pre-approved at $350/month.")])).toEqual(
      expect.arrayContaining(['approval', 'dollar figure', 'payment figure']),
    );
  });

  it('flags a phone ask as the answer to the first question, not to a later one', () => {
    const first = turn(line('r u open sat', { answers: ['hours'] }), "We're open 9 to 6. What's the best number to reach you?", 'phone');
    const later = turn(line('do you lease', { answers: ['leasing'] }), "Yes, we lease. What's the best number to reach you?", 'phone');
    expect(rules([first])).toEqual(['phone ask answering the first question']);
    expect(rules([turn(line('hi'), 'Hi! What car?', 'vehicle'), turn(line('where r u', { answers: ['location'] }), 'At 1 Main St.'), later])).toEqual([]);
  });

  it('allows the number asked right after "yes, they can text you" when the first question asks to be texted', () => {
    const textMe = turn(line('can someone just text me instead', { answers: ['texting'] }), 'Yes, our team can text you. Which number should they text?', 'phone');
    const hours = turn(line('are you open sunday', { answers: ['hours'] }), "We're open 11 to 5 Sunday. What's the best number?", 'phone');
    expect(rules([textMe])).toEqual([]);
    expect(rules([hours])).toEqual(['phone ask answering the first question']);
  });

  it('flags a phone ask right after hostility and after an opt-out', () => {
    const hostile = turn(line('f off', { hostile: true }), "Sorry! What's the best number?", 'phone');
    expect(rules([hostile])).toContain('phone ask after hostility');
    const stop = turn(line('stop', { optOut: true }), 'Understood.');
    expect(rules([stop, turn(line('ok'), 'What number can we call?', 'phone')])).toContain('phone ask after opt-out');
  });

  it('flags "every credit situation is welcome" once the shopper said their credit is good', () => {
    const good = turn(line('my score is 790', { goodCredit: true }), 'Great — every credit situation is welcome here.');
    expect(rules([good])).toEqual(['credit welcome to good credit']);
  });

  it('flags two questions in one reply, a second specialist deferral and "new or used?" at the used-only demo', () => {
    expect(rules([turn(line('hi'), 'Do you have a trade? And when do you want to buy?', 'timeframe')])).toEqual(['more than one question']);
    const defer = (say: string) => turn(line(say), 'Good question — a specialist can give you the details on that.');
    expect(rules([defer('lease?'), defer('itin?')])).toEqual(['a second "a specialist will go over that"']);
    expect(rules([turn(line('hi'), 'Are you thinking new or used?', 'condition')])).toEqual(['new or used asked at a used-only dealer']);
  });

  it('flags praise before the shopper names a make or model they want', () => {
    expect(rules([turn(line('is there a bus stop near you'), 'Nice — the car is a popular one.')])).toEqual(['praise of a vehicle the shopper never named']);
    const named = line('a 2019 CR-V', { sets: { vehicle: { model: 'CR-V' } } });
    expect(rules([turn(named, 'Great choice on the 2019 Honda CR-V.')])).toEqual([]);
  });

  it('flags asking again for a number already given or declined, until the shopper offers it', () => {
    const given = turn(line('786 412 3344', { sets: { phone: '+17864123344' } }), 'Is it okay to call or text you at that number?', 'consent');
    expect(rules([given, turn(line('yes'), "What's the best number to reach you?", 'phone')])).toEqual(['phone ask after the number was given']);
    const declined = turn(line('no thanks', { declines: true }), "What's the best number to reach you?", 'phone');
    expect(rules([declined])).toEqual(['phone ask after a decline']);
    const offered = turn(line('ok call me', { answers: ['asksNumber'] }), "What's the best number?", 'phone');
    expect(rules([turn(line('no', { declines: true }), 'No problem.'), offered])).toEqual([]);
  });
});
