// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Lead } from '../../sdk/protocol/index.js';
import { say, talkUntilPhoneAsked, waitForLead } from './support/chat.js';
import { eventually } from './support/lead.js';
import { MODEL_ENV, useModelMock } from './support/openai-mock.js';
import { openVisitor, useTestSite } from './support/test-server.js';

const LONG_CREDIT = 'My credit took a hit after a divorce, rebuilding it now; there was also a repo back in 2021';
const SUMMARY = 'Maria Lopez wants a used 2019 Honda CR-V this weekend and has a 2012 Corolla to trade. Credit: rebuilding after a divorce. Call in the evening.';

describe('the model reads lead fields after each exchange', () => {
  const model = useModelMock();
  const t = useTestSite(MODEL_ENV);

  it('fills what the deterministic capture missed, keeps its contact fields, and writes the summary', async () => {
    model.setExtraction({
      vehicle: { text: 'a minivan with room for three car seats', year: null, make: null, model: null, bodyType: 'minivan' },
      timeframe: 'before school starts',
      phone: '+13055550000',
    });
    const { socket, session } = await openVisitor(t);
    await say(socket, 'We need something with room for three car seats');
    const conversation = () => t.server.store.conversations.byId(session.conversationId);
    const filled = await eventually(conversation, (c) => c?.facts.vehicle !== undefined);
    expect(filled?.facts).toMatchObject({ vehicle: { text: 'a minivan with room for three car seats', bodyType: 'minivan' }, timeframe: 'before school starts' });
    // A number only the model saw is not a contact detail: no consent was asked for it.
    expect(filled?.facts.phone).toBeUndefined();

    const extraction = model.extractions.at(-1);
    expect(extraction?.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'lead_fields', strict: true } });
    const transcript = extraction?.messages.find((m) => m.role === 'user')?.content;
    expect(transcript).toContain('Visitor: We need something with room for three car seats');

    model.setExtraction({ credit: LONG_CREDIT, phone: '+13055550000' }, SUMMARY);
    await talkUntilPhoneAsked(socket);
    const leadEvent = waitForLead(socket);
    await say(socket, 'Sure, call me at (305) 814-2279 in the evening');
    const { leadId } = await leadEvent;

    const readLead = async () => {
      const res = await fetch(`${t.server.url}/v1/leads/${leadId}`, { headers: { authorization: `Bearer ${t.site.secretKey}` } });
      return ((await res.json()) as { lead: Lead }).lead;
    };
    const lead = await eventually(readLead, (l) => l.summary === SUMMARY);
    expect(lead.summary).toBe(SUMMARY);
    expect(lead.contact.phone).toBe('+13058142279');
    expect(lead.interest.credit).toBe(LONG_CREDIT);
    // The capture heard a CR-V after the model read a minivan: the capture's value stands; the model's
    // timeframe filled a gap the capture never filled.
    expect(lead.interest.vehicle).toMatch(/CR-V/);
    expect(lead.interest.timeframe).toBe('before school starts');
    expect(model.extractions.at(-1)?.response_format).toMatchObject({ json_schema: { schema: { properties: { summary: { type: 'string' } } } } });

    const refreshed = 'Maria Lopez prefers a call in the morning.';
    model.setExtraction({ credit: LONG_CREDIT }, refreshed);
    await say(socket, 'Actually mornings are better for a call');
    const changed = await eventually(readLead, (l) => l.summary === refreshed);
    expect(changed).toMatchObject({ summary: refreshed, interest: { callTime: 'morning' } });
    socket.close();
  });

  it("replaces what the rules only guessed with the model's valid value, and keeps what they read from a clear cue", async () => {
    model.setExtraction({
      vehicle: { text: '2021 Toyota Corolla', year: 2021, make: 'Toyota', model: 'Corolla', bodyType: null },
      firstName: 'Mariana',
      phone: '+13055550000',
    });
    const { socket, session } = await openVisitor(t);
    // "coroll" is read through its typo: a guess the model may correct; "my name is Maria" is a clear cue.
    await say(socket, 'my name is Maria and i want a coroll');
    const conversation = () => t.server.store.conversations.byId(session.conversationId);
    const read = await eventually(conversation, (c) => c?.facts.vehicle?.year === 2021);
    expect(read?.state.sources?.vehicle?.confidence).toBe('low');
    expect(read?.facts.vehicle).toMatchObject({ text: '2021 Toyota Corolla', year: 2021, model: 'Corolla' });
    expect(read?.facts.firstName).toBe('Maria');
    expect(read?.facts.phone).toBeUndefined();
    socket.close();
  });

  it('keeps the deterministic summary when extraction fails', async () => {
    model.failExtractions(500);
    const { socket } = await openVisitor(t);
    await talkUntilPhoneAsked(socket);
    const leadEvent = waitForLead(socket);
    await say(socket, 'my number is 786-202-3344');
    const { leadId } = await leadEvent;
    await t.server.app.engine.idle();
    const res = await fetch(`${t.server.url}/v1/leads/${leadId}`, { headers: { authorization: `Bearer ${t.site.secretKey}` } });
    const { lead } = (await res.json()) as { lead: Lead };
    expect(lead.summary).toMatch(/^Maria Lopez is interested in a used .*CR-V/);
    socket.close();
  });
});
