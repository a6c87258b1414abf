import { FORBIDDEN_PHRASES } from '../../server/conversation/forbidden-phrases.js';
import type { Turn } from '../play/play-shopper.js';
import { answeringMayNotAskPhone } from './judge-turns.js';
import { fold } from './fold.js';
import { questionsOf } from './sentences.js';

export interface Breach {
  turn: number;
  rule: string;
  reply: string;
}

const DEFERRAL = /\b(?:specialists?|especialistas?)\b[^.?!]*\b(?:details?|go over|walk you through|detalles|revisar\w*|repasar\w*)\b/;
const PRAISE = /\b(?:great (?:pick|choice)|nice (?:pick|choice)|good choice|popular one|excellent choice|buena eleccion|excelente eleccion|gran eleccion)\b/;
const BODY_TYPE = /^(?:trucks?|pickup|suv|car|sedan|minivan|van|camioneta|troca|hybrid|electric|coupe)$/;
/** "odyssey|sienna|minivan" names a model; "truck" alone does not. */
const namesAModel = (keyword: string) => keyword.split('|').some((word) => !BODY_TYPE.test(word));
const CREDIT_WELCOME = /\b(?:every credit situation|all kinds of credit|all credit (?:situations|types)|every situation is welcome|todo tipo de credito|toda situacion de credito|todas las situaciones de credito|cualquier situacion de credito)\b/;

/**
 * Content Cathy must never send: the server's own forbidden phrases (approval promises, rates, payment and
 * dollar figures, credit labels) in every reply, plus what issue 12's policy makes wrong at that moment:
 * more than one question, a second specialist deferral, a phone ask at the wrong time, credit reassurance to
 * good credit, praise of a vehicle never named, "new or used?" at a used-only dealer.
 */
export function findBreaches(turns: readonly Turn[]): Breach[] {
  const breaches: Breach[] = [];
  let goodCredit = false;
  let optedOut = false;
  let firstQuestionSeen = false;
  let phoneGiven = false;
  let declined = false;
  let modelNamed = false;
  let deferrals = 0;
  turns.forEach((turn, index) => {
    const add = (rule: string) => breaches.push({ turn: index + 1, rule, reply: turn.reply });
    for (const [rule, pattern] of FORBIDDEN_PHRASES) if (pattern.test(turn.reply)) add(rule);
    goodCredit ||= turn.line.goodCredit;
    optedOut ||= turn.line.optOut;
    declined ||= turn.line.declines;
    // "Ok fine, you can call me" takes a decline back.
    if (turn.line.answers.includes('asksNumber')) declined = false;
    const asksPhone = turn.asks === 'phone';
    const wanted = turn.line.sets.vehicle;
    modelNamed ||= Boolean(wanted?.make || wanted?.model || wanted?.mentions?.some(namesAModel));
    if (!modelNamed && PRAISE.test(fold(turn.reply))) add('praise of a vehicle the shopper never named');
    if (questionsOf(turn.reply).length > 1) add('more than one question');
    if (DEFERRAL.test(fold(turn.reply)) && ++deferrals > 1) add('a second "a specialist will go over that"');
    // The eval plays the demo dealer, which sells used cars only.
    if (turn.asks === 'condition') add('new or used asked at a used-only dealer');
    if (goodCredit && CREDIT_WELCOME.test(fold(turn.reply))) add('credit welcome to good credit');
    if (turn.line.hostile && asksPhone) add('phone ask after hostility');
    if (optedOut && asksPhone) add('phone ask after opt-out');
    if (phoneGiven && asksPhone) add('phone ask after the number was given');
    if (declined && asksPhone) add('phone ask after a decline');
    phoneGiven ||= turn.line.sets.phone !== undefined;
    if (!firstQuestionSeen && turn.line.answers.some(answeringMayNotAskPhone)) {
      firstQuestionSeen = true;
      if (asksPhone) add('phone ask answering the first question');
    }
  });
  return breaches;
}
