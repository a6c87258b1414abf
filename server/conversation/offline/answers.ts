import { fold } from '../../capture/text.js';
import { knowledgeText } from '../../sites/knowledge/knowledge-text.js';
import type { QuestionTopic } from '../../understanding/reading.js';
import { KNOWLEDGE_FOR } from '../memory/open-questions.js';
import { dayHours } from './day-hours.js';
import { callbackAnswer, hoursAnswer } from './hours-answer.js';
import type { ReplyContext } from './reply-context.js';
import { splitSentences } from './speaker.js';

export interface Answers {
  /** "I'm Cathy, an automated assistant…": said first, whatever else the reply holds. */
  disclosure?: string;
  lines: string[];
  /** A question of the visitor's was answered, which is the value that earns a phone ask. */
  answered: boolean;
  /** The answer hands over to a specialist, so asking for a number follows naturally. */
  specialistMentioned: boolean;
  /** The visitor asked whether Cathy is a bot: end by offering a person. */
  offerPerson: boolean;
  /** Cathy said her one "a specialist will go over that" of the conversation. */
  deferred: boolean;
  /** The answer needs the visitor's number next ("when will they call?" with none on file). */
  needsPhone: boolean;
}

// Only a specialist can say what is on the lot, what it costs, or what the lenders will do.
const SPECIALIST_TOPICS: ReadonlySet<QuestionTopic> = new Set(['stock', 'price', 'payment', 'approval']);
const LAST_DIGITS = 4;

const joinList = (items: readonly string[], locale: string) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${locale === 'es' ? 'y' : 'and'} ${items.at(-1)}`;

/**
 * Answers every question the visitor asked, in the order asked: from the site's settings and dealer
 * knowledge where it has the answer, else one honest hand-over to a specialist per conversation (later
 * ones are noted for the specialist). Rates, payments and approval never get figures or promises.
 *
 * @example answerQuestions(ctx).lines // ["On Saturday we're open 9:00 AM to 5:00 PM.", 'Walk-ins are welcome…']
 */
export function answerQuestions(ctx: ReplyContext): Answers {
  const { say, input, reading, locale } = ctx;
  const { site, now, facts, state } = input;
  const knowledge = site.knowledge;
  const lines: string[] = [];
  // Second lines (directions after the address, a link after stock) come after every question's own answer.
  const extras: string[] = [];
  let deferred = false;
  let noted = false;
  let needsPhone = false;
  const topics = [...new Set(reading.acts.flatMap((act) => (act.kind === 'question' ? [act.topic] : [])))];
  const defer = () => {
    if (!state.deferred && !deferred) {
      deferred = true;
      lines.push(say('deferOnce', {}));
    } else if (!noted) {
      noted = true;
      lines.push(say('deferNoted', {}));
    }
  };
  // "A specialist will go over that" is said once per conversation; later answers say the same without it.
  const handOver = (key: 'approval' | 'approvalStrong' | 'financeTerms' | 'downPaymentGeneral'): string => {
    if (state.deferred || deferred) return say(`${key}Plain`, {});
    deferred = true;
    return say(key, {});
  };
  const fromKnowledge = (topic: QuestionTopic): boolean => {
    const fact = KNOWLEDGE_FOR[topic];
    const text = fact && knowledgeText(knowledge, fact, locale);
    if (text) lines.push(fresh(text));
    return Boolean(text);
  };
  // The dealer's own sentence, said a second time, is introduced as a reminder rather than repeated word for word.
  const fresh = (text: string): string => {
    const repeated = splitSentences(text).some((sentence) => ctx.said.has(sentence));
    const line = repeated ? say('asMentioned', { text: text.charAt(0).toLowerCase() + text.slice(1) }) : text;
    for (const sentence of splitSentences(line)) ctx.said.add(sentence);
    return line;
  };

  for (const topic of topics) {
    switch (topic) {
      case 'bot':
      case 'person':
      case 'whatNext':
        break;
      case 'hours':
        lines.push(dayHours(fold(input.text), site.businessHours, locale, say) ?? hoursAnswer(site, now, locale, say));
        break;
      case 'location': {
        lines.push(site.address ? say('address', { address: site.address, dealer: ctx.dealer }) : say('addressUnknown', {}));
        const directions = knowledgeText(knowledge, 'directions', locale);
        if (directions) extras.push(fresh(directions));
        break;
      }
      case 'transit': {
        const transit = knowledgeText(knowledge, 'transit', locale) ?? knowledgeText(knowledge, 'directions', locale);
        if (transit) lines.push(fresh(transit));
        else defer();
        break;
      }
      case 'dealerPhone':
        if (!topics.includes('person')) lines.push(site.phone ? say('dealerPhone', { phone: site.phone }) : say('dealerPhoneUnknown', {}));
        break;
      case 'whenCall':
        if (facts.phone || state.pendingContact) lines.push(callbackAnswer(site, now, locale, say));
        else {
          lines.push(say('whenCallNoPhone', {}));
          needsPhone = true;
        }
        break;
      case 'gaveNumber': {
        const phone = facts.phone ?? state.pendingContact?.phone;
        if (phone) lines.push(say('gaveNumberYes', { last4: phone.slice(-LAST_DIGITS) }));
        else {
          lines.push(say('gaveNumberNo', {}));
          needsPhone = true;
        }
        break;
      }
      case 'stillThere':
        lines.push(say('stillHere', {}));
        break;
      case 'texting':
        const texting = knowledgeText(knowledge, 'texting', locale);
        lines.push(texting ? fresh(texting) : say('textingNoted', {}));
        break;
      case 'languages':
        if (knowledge?.languages) lines.push(say('languagesSpoken', { languages: joinList(knowledge.languages.map((l) => (locale === 'es' ? SPANISH_NAMES[l.toLowerCase()] ?? l : l)), locale) }));
        else defer();
        break;
      case 'approval':
        if (reading.sentiment < 0) lines.push(say('worryCalm', {}));
        lines.push(handOver(ctx.strongCredit ? 'approvalStrong' : 'approval'));
        break;
      case 'payment':
        lines.push(handOver('financeTerms'));
        break;
      case 'downPayment':
        // General guidance holds at every dealer and names no figure; the dealer's own words win.
        const down = knowledgeText(knowledge, 'downPayment', locale);
        lines.push(down ? fresh(down) : handOver('downPaymentGeneral'));
        break;
      case 'stock':
      case 'price':
        // One line covers stock and price; a finance answer already points to the specialist.
        if ((topic === 'stock' || !topics.includes('stock')) && !topics.includes('payment') && !topics.includes('approval')) {
          lines.push(say('inventory', { vehicle: ctx.vehicle }));
        }
        if (knowledge?.inventory?.url && topic === 'stock') extras.push(say('inventoryLink', { url: knowledge.inventory.url }));
        break;
      default:
        if (!fromKnowledge(topic)) defer();
    }
  }

  const bot = topics.includes('bot');
  return {
    ...(bot ? { disclosure: say('botDisclosure', { persona: site.persona.name, dealer: ctx.dealer }) } : {}),
    lines: [...lines, ...extras],
    answered: lines.length > 0 || bot,
    specialistMentioned: topics.some((topic) => SPECIALIST_TOPICS.has(topic)),
    offerPerson: bot && !state.humanRequested,
    deferred,
    needsPhone,
  };
}

const SPANISH_NAMES: Record<string, string> = { english: 'inglés', spanish: 'español', portuguese: 'portugués', french: 'francés', creole: 'criollo', 'haitian creole': 'criollo haitiano' };
