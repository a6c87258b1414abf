import { describe, expect, it } from 'vitest';
import { fold } from './fold.js';
import { withoutQuestions } from './sentences.js';
import { TOPIC_CHECKS, type ReplyView } from './topic-checks.js';

const view = (text: string, extra: Partial<ReplyView> = {}): ReplyView => ({
  text: fold(text),
  statements: fold(withoutQuestions(text)),
  disclosure: false,
  asksPhone: false,
  asksSomething: false,
  ...extra,
});

describe('TOPIC_CHECKS', () => {
  it('takes an hours answer only when it holds a time or says closed', () => {
    expect(TOPIC_CHECKS.hours(view('On Saturday we are open 9:00 AM to 6:00 PM.'))).toBe(true);
    expect(TOPIC_CHECKS.hours(view('El domingo estamos cerrados.'))).toBe(true);
    expect(TOPIC_CHECKS.hours(view('Good question — a specialist can give you the details.'))).toBe(false);
  });

  it('takes a credit-pull answer that says chatting does not affect credit', () => {
    expect(TOPIC_CHECKS.creditPull(view("Chatting with me won't affect your credit."))).toBe(true);
    expect(TOPIC_CHECKS.creditPull(view('Conversar conmigo no afecta su crédito.'))).toBe(true);
    expect(TOPIC_CHECKS.creditPull(view('Every credit situation is welcome here.'))).toBe(false);
  });

  it('takes a texting answer only when it affirms texting', () => {
    expect(TOPIC_CHECKS.texting(view('Yes, our team can text you instead of calling.'))).toBe(true);
    expect(TOPIC_CHECKS.texting(view("Sorry, we can't text from here."))).toBe(false);
  });

  it('takes a number confirmation only when it is masked', () => {
    const phone = '+17864123344';
    expect(TOPIC_CHECKS.gaveNumber(view('Yes, I have your number ending in 3344.', { phone }))).toBe(true);
    expect(TOPIC_CHECKS.gaveNumber(view('Yes, I have (786) 412-3344.', { phone }))).toBe(false);
  });

  it('takes a test-drive answer in the plural, in English and Spanish', () => {
    expect(TOPIC_CHECKS.testDrive(view("Test drives are free with a valid driver's license."))).toBe(true);
    expect(TOPIC_CHECKS.testDrive(view('Las pruebas de manejo son gratis.'))).toBe(true);
    expect(TOPIC_CHECKS.testDrive(view('A specialist can give you the details.'))).toBe(false);
  });

  it('takes "you can call me" as answered by passing it on once the number is on file, and by a phone ask before', () => {
    const phone = '+17025561294';
    expect(TOPIC_CHECKS.asksNumber(view("Done — I've passed that along to the team. A specialist will reach out shortly.", { phone }))).toBe(true);
    expect(TOPIC_CHECKS.asksNumber(view('Listo, ya le avisé al equipo.', { phone }))).toBe(true);
    expect(TOPIC_CHECKS.asksNumber(view("Done — I've passed that along to the team."))).toBe(false);
    expect(TOPIC_CHECKS.asksNumber(view('Anything else?', { phone }))).toBe(false);
    expect(TOPIC_CHECKS.asksNumber(view("What's the best number?", { asksPhone: true }))).toBe(true);
  });

  it("does not take Cathy's own next question as an answer", () => {
    expect(TOPIC_CHECKS.process(view('Got it. What are you hoping to drive next?'))).toBe(false);
    expect(TOPIC_CHECKS.whenCall(view("Thanks! What's the best time to reach you — morning, afternoon, or evening?"))).toBe(false);
    expect(TOPIC_CHECKS.downPayment(view('Good to know — that helps narrow things down.'))).toBe(false);
  });

  it('takes a calm answer to hostility only with a manager offer and no phone ask', () => {
    expect(TOPIC_CHECKS.calmManager(view("I'm sorry about that. Would you like a manager to reach out?"))).toBe(true);
    expect(TOPIC_CHECKS.calmManager(view('Sorry! A manager can help — what is your number?', { asksPhone: true }))).toBe(false);
  });

  it('takes a browsing answer only when it stops asking about the shopper', () => {
    expect(TOPIC_CHECKS.browsingAck(view("Take your time — I'm here if anything comes up."))).toBe(true);
    expect(TOPIC_CHECKS.browsingAck(view('Take your time. What kind of vehicle are you shopping for?', { asksSomething: true }))).toBe(false);
  });
});
