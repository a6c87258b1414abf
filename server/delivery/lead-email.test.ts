import { describe, expect, it } from 'vitest';
import type { MessageRecord } from '../store/records.js';
import { leadBrief, leadSubject } from './lead-brief.js';
import { leadEmailHtml } from './lead-email-html.js';
import { leadEmailText } from './lead-email-text.js';
import { conversationPage } from '../http/conversation-page/render-page.js';
import { CREATED, testLead, testSite } from './test-lead.js';

function message(role: MessageRecord['role'], text: string): MessageRecord {
  return { id: text, seq: text, conversationId: 'c', siteId: 'site-1', visitorId: 'visitor-1', role, text, createdAt: CREATED };
}

const PAGE = 'https://chat.example/conversation/v1.signed';

const hostile = testLead({
  contact: { name: '<img src=x onerror=alert(1)> & Co', phone: '+13058142279', phoneNational: '(305) 814-2279', email: 'a"b@example.com' },
  interest: { vehicle: 'F-150 <script>alert(1)</script>', credit: 'it\'s "fine" & <b>good</b>' },
  source: { page: { url: 'javascript:alert(1)', title: '<b>Deals</b>' } },
  summary: 'Summary with <tags> & "quotes"',
});

describe('the salesperson email', () => {
  const brief = leadBrief({
    lead: testLead(),
    site: testSite(),
    event: 'lead.created',
    messages: [message('assistant', 'Hi! I am Cathy.'), message('visitor', 'Call me at\n(305) 814-2279')],
    transcriptCut: false,
    publicUrl: 'https://chat.example',
    conversationUrl: PAGE,
  });

  it('puts name, vehicle and urgency in the subject', () => {
    expect(leadSubject(brief)).toBe('Call now: Maria Lopez – used 2019 Honda CR-V | Sunrise Auto');
    expect(leadSubject(leadBrief({ ...briefInput(), event: 'lead.updated' }))).toMatch(/^Updated lead: call now: Maria Lopez/);
  });

  it('leads the text with who to call and how, then what they want, then the transcript', () => {
    const text = leadEmailText(brief);
    expect(text.split('\n').slice(0, 4)).toEqual([
      'CALL NOW: Maria Lopez',
      'Calls and texts OK — written consent at Sat, Mar 1, 10:04 AM EST on /inventory/2019-honda-cr-v',
      'Phone: (305) 814-2279  (tel:+13058142279)',
      '',
    ]);
    expect(text).toContain('Wants: used 2019 Honda CR-V');
    expect(text).toContain('Credit, in their words: “took a hit after a divorce, rebuilding it now”');
    expect(text).toContain('Timeframe: this weekend');
    expect(text).toContain('Page: Financing – https://sunrise.example/finance?utm_source=google');
    expect(text).toContain('Down payment: $2,000');
    expect(text).toContain('Monthly budget: up to $350');
    expect(text).toContain('Texting: Prefers texts');
    expect(text).toContain('Came from: referrer https://www.google.com/; UTM source=google, campaign=spring');
    expect(text).toContain('Questions for you to answer:\n- can I use an ITIN?');
    expect(text).toMatch(/\] Cathy: Hi! I am Cathy\.\n\[.*\] Visitor: Call me at\n {4}↳ \(305\) 814-2279/);
    expect(text).toContain(`Open conversation: https://chat.example/console/conversations/${testLead().conversationId}\nTranscript without signing in: ${PAGE}\n`);
    expect(text).not.toContain('/v1/conversations/');
  });

  it('has a tap-to-call link in the HTML, what the dealer may do, the workspace link and the no-sign-in transcript', () => {
    const html = leadEmailHtml(brief);
    expect(html).toContain('<a href="tel:+13058142279" style="');
    expect(html).toContain('Calls and texts OK — written consent at Sat, Mar 1, 10:04 AM EST');
    expect(html).toContain(`<a href="https://chat.example/console/conversations/${testLead().conversationId}" style="font-size:16px">Open conversation</a>`);
    expect(html).toContain(`<a href="${PAGE}" style="color:#555">read the transcript without signing in</a>`);
  });

  it('says plainly when only a call back is allowed', () => {
    const lead = testLead({ consent: { ...testLead().consent, level: 'contact_requested' } });
    expect(leadEmailText(leadBrief({ ...briefInput(), lead })).split('\n')[1]).toBe('Call back OK — no consent to texts or autodialed calls');
  });

  it('escapes every piece of visitor text in the HTML and never links a non-http page', () => {
    const html = leadEmailHtml(leadBrief({ ...briefInput(), lead: hostile, messages: [message('visitor', '<script>steal()</script>')] }));
    expect(html).not.toMatch(/<script|<img|<b>(Deals|good)|javascript:/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; Co');
    expect(html).toContain('href="mailto:a&quot;b@example.com"');
    expect(html).toContain('it&#39;s &quot;fine&quot; &amp; &lt;b&gt;good&lt;/b&gt;');
    expect(html).toContain('&lt;b&gt;Deals&lt;/b&gt;</td>');
    expect(html).toContain('&lt;script&gt;steal()&lt;/script&gt;');
  });

  it('wraps a 1,990-character word and long links so the email never scrolls sideways on a phone', () => {
    const word = 'W'.repeat(1990);
    const lead = testLead({ interest: { vehicle: 'CR-V', credit: word }, source: { page: { url: `https://sunrise.example/${'p'.repeat(500)}` } } });
    const html = leadEmailHtml(leadBrief({ ...briefInput(), lead, messages: [message('visitor', `look ${word} here`)] }));
    const text = html.replace(/<[^>]*>/g, ' ');
    const longest = Math.max(...text.split(/\s+/).map((run) => run.length));
    expect(longest).toBeLessThanOrEqual(40);
    expect(html.replace(/<wbr>/g, '')).toContain(`look ${word} here`);
    expect(html).toMatch(/<div style="max-width:600px;[^"]*overflow-wrap:anywhere/);
  });

  it('drops bidi overrides and controls from visitor text in both emails', () => {
    const lead = testLead({ contact: { name: 'Ana\u202e zepoL', phone: '+13058142279' }, interest: { vehicle: 'CR-V', credit: 'fine\u2066 really\u2069' } });
    const input = { ...briefInput(), lead, messages: [message('visitor', 'I can pay \u202e000,01$\u202c cash\u001b[2J')] };
    for (const body of [leadEmailText(leadBrief(input)), leadEmailHtml(leadBrief(input))]) {
      expect(body).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]/);
      expect(body).toContain('I can pay 000,01$ cash[2J');
      expect(body).toContain('Ana zepoL');
    }
  });

  it('keeps visitor line breaks out of the subject header', () => {
    const lead = testLead({ contact: { name: 'Ana\r\nBcc: everyone@example.com', email: 'ana@example.com' } });
    expect(leadSubject(leadBrief({ ...briefInput(), lead }))).toBe('Email now: Ana Bcc: everyone@example.com – used 2019 Honda CR-V | Sunrise Auto');
  });
});

describe('a visitor message that looks like transcript lines', () => {
  const forged = 'ok thanks\n[Sun, Dec 6, 1:13 PM EST] Cathy: Great news, you are pre-approved at 2.9% APR\u2028[Sun, Dec 6, 1:14 PM EST] Cathy: Sign today\r— Transcript —';
  const brief = leadBrief({ ...briefInput(), messages: [message('assistant', 'How can I help?'), message('visitor', forged)] });

  it('cannot start a line of the plain-text email: Cathy has exactly the lines she wrote', () => {
    const lines = leadEmailText(brief).split('\n');
    expect(lines.filter((line) => /^\[.*\] Cathy:/.test(line))).toHaveLength(1);
    expect(lines.filter((line) => line === '— Transcript —')).toHaveLength(1);
    expect(lines).toContain('    ↳ [Sun, Dec 6, 1:13 PM EST] Cathy: Great news, you are pre-approved at 2.9% APR');
    expect(lines).toContain('    ↳ [Sun, Dec 6, 1:14 PM EST] Cathy: Sign today');
  });

  it('stays inside its own bordered block in the HTML email', () => {
    const html = leadEmailHtml(brief);
    const block = /<b>Visitor:<\/b><div style="[^"]*border-left[^"]*">(.*?)<\/div>/.exec(html)?.[1];
    expect(block).toContain('ok thanks<br>[Sun, Dec 6, 1:13 PM EST] Cathy: Great news, you are pre-approved at 2.9% APR<br>[Sun, Dec 6, 1:14 PM EST]');
    expect(html.match(/<b>Cathy:<\/b>/g)).toHaveLength(1);
  });

  it('shows line breaks in one-line fields as a visible mark', () => {
    const lead = testLead({ contact: { name: 'Ana\n[Sun, Dec 6, 1:13 PM EST] Cathy: approved', phone: '+13058142279' } });
    const text = leadEmailText(leadBrief({ ...briefInput(), lead }));
    expect(text.split('\n')[0]).toBe('CALL NOW: Ana ↵ [Sun, Dec 6, 1:13 PM EST] Cathy: approved');
  });
});

describe('a lead another conversation joined with the same number', () => {
  const first = testLead().conversations[0]!;
  const stranger = {
    ...first,
    conversationId: 'c-stranger',
    visitorId: 'visitor-2',
    contact: { name: 'Jo Smith', phone: '+13058142279', phoneNational: '(305) 814-2279' },
    interest: { vehicle: 'F-150' },
    consent: { ...first.consent, messageId: 'm-9', revokedAt: new Date(CREATED.getTime() + 60_000) },
    joinedVersion: 2,
  };
  const lead = testLead({ version: 2, conversations: [first, stranger] });
  const brief = leadBrief({
    ...briefInput(),
    lead,
    event: 'lead.updated',
    messages: [message('visitor', 'I had a bankruptcy last year')],
    otherMessages: { 'c-stranger': { messages: [message('visitor', 'call me, yes')], cut: false } },
  });

  it("keeps the first shopper's name and facts on top and shows the other conversation apart, with its own consent", () => {
    const text = leadEmailText(brief);
    expect(leadSubject(brief)).toMatch(/^Updated lead: call now: Maria Lopez/);
    expect(text).toContain('A second conversation used the same phone number or email.');
    const [mine, theirs] = text.split('— Second conversation with this phone number: another visitor (another browser or device), from ');
    expect(mine).toContain('I had a bankruptcy last year');
    expect(mine).not.toMatch(/Jo Smith|F-150|call me, yes/);
    expect(theirs).toMatch(/Name given: Jo Smith\nPhone: \(305\) 814-2279\nWants: F-150\n\[.*\] Visitor: call me, yes/);
    expect(theirs).toContain('Consent withdrawn: this visitor opted out');
    expect(mine).not.toContain('Consent withdrawn');
    expect(leadEmailHtml(brief)).toContain('Second conversation with this phone number: another visitor');
  });
});

function briefInput() {
  return { lead: testLead(), site: testSite(), event: 'lead.created' as const, messages: [], transcriptCut: false, publicUrl: 'https://chat.example', conversationUrl: PAGE };
}

describe('a conversation a person of the dealership took over', () => {
  const agent: MessageRecord = { ...message('agent', 'Hi Maria, Dana here. The CR-V is ready for a test drive.'), author: { staffId: 'staff-1', name: 'Dana' } };
  const brief = leadBrief({ ...briefInput(), messages: [message('assistant', 'How can I help?'), message('visitor', 'Can I talk to someone?'), agent] });

  it("names the person and the dealership on their lines of the email, the HTML email and the transcript page", () => {
    expect(brief.transcript.map((line) => line.who)).toEqual(['Cathy', 'Visitor', 'Dana (Sunrise Auto)']);
    expect(leadEmailText(brief)).toContain('Dana (Sunrise Auto): Hi Maria, Dana here. The CR-V is ready for a test drive.');
    expect(leadEmailHtml(brief)).toContain('<b>Dana (Sunrise Auto):</b>');
    expect(conversationPage(brief)).toContain('<b>Dana (Sunrise Auto):</b> Hi Maria, Dana here.');
  });
});
