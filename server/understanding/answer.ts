import { nameFromBareAnswer } from '../capture/name.js';
import { findTimeframe } from '../capture/situation.js';
import { fold } from '../capture/text.js';
import type { Confidence, Found, Topic } from './found.js';

const OWN_WORDS_LIMIT = 200;
// Filler answers say nothing about the slot; storing them would put "thanks" on a lead.
const FILLER = /^(?:thanks?(?: you)?|ty|gracias|hmm+|um+|uh+|ok(?:ay)?|k|lol|cool|nice|great|sure|yes|yeah|yep|si|👍)[.!\s]*$/i;
// Words that answer "when are you hoping to buy?" even without a date.
const WHEN = /\b(?:once|when i|after (?:my|the|i)|refund|paycheck|payday|tax (?:season|time)|soon|now|asap|today|tomorrow|weekend|weeks?|months?|days?|year|ready|whenever|not sure|unsure|idk|don'?t know|depends|no rush|spring|summer|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|pronto|ya|semanas?|mes(?:es)?|dias?|ano|no se|cuando pueda|lo antes)\b/;
// Words that describe a credit situation even without "credit": "it's been rough since my divorce".
const SITUATION = /\b(?:good|great|excellent|fair|average|so so|meh|ok|okay|decent|promedio|mas o menos|bad|poor|rough|terrible|not (?:great|good|bad)|rebuilding|divorce|medical|bills|late|behind|repo|bankrupt\w*|collections?|none|no history|first time|never had|student loans?|buen[oa]?|mal[oa]?|regular|excelente|divorcio|ninguno|no tengo)\b/;
const USED = /\b(?:used|pre-?owned|preowned|certified|usado|seminuevo)\b/;
const NEW = /\b(?:new|brand new|nuevo)\b/;

export interface AnswerRead {
  slot: string;
  entities: Partial<Found>;
  confidence: Confidence;
}

interface Shape {
  asked: boolean;
  hostile: boolean;
  topics: readonly Topic[];
}

/**
 * Whether the message answers Cathy's last question with a value of that question's type, and which.
 * "my name is Aaliyah" after "when are you hoping to buy?" answers nothing; "It's Darnell" after
 * "what's your first name?" answers with a name.
 */
export function readAnswer(lastQuestion: string | undefined, text: string, found: Found, shape: Shape): AnswerRead | undefined {
  if (!lastQuestion || shape.hostile) return undefined;
  const plain = text.trim();
  const folded = fold(plain);
  const bare = !shape.asked && shape.topics.length === 0 && plain.length > 0 && !FILLER.test(plain);
  const high = (entities: Partial<Found>): AnswerRead => ({ slot: lastQuestion, entities, confidence: 'high' });
  const low = (entities: Partial<Found>): AnswerRead => ({ slot: lastQuestion, entities, confidence: 'low' });
  switch (lastQuestion) {
    case 'name': {
      if (found.firstName) return high({});
      const name = bare && found.phones.length === 0 ? nameFromBareAnswer(plain) : undefined;
      return name?.firstName ? low({ firstName: name.firstName, ...(name.lastName ? { lastName: name.lastName } : {}) }) : undefined;
    }
    case 'credit': {
      if (found.credit || found.creditScore !== undefined) return high({});
      return bare && SITUATION.test(folded) && found.yesNo !== 'yes' ? low({ credit: plain.slice(0, OWN_WORDS_LIMIT) }) : undefined;
    }
    case 'timeframe': {
      if (found.timeframe) return high({});
      if (!bare || !WHEN.test(folded) || found.firstName) return undefined;
      return low({ timeframe: findTimeframe(plain) ?? plain.slice(0, OWN_WORDS_LIMIT) });
    }
    case 'budget': {
      if (found.budget) return high({});
      // A bare "450" after "what monthly amount feels comfortable?" is the amount asked for.
      const bareAmount = bare ? /^(?:about |around |like |maybe |max |under )?\$?\s?(\d{2,3}(?:,\d{3})?|\d{4,6})(?:\s?k)?\s*(?:tops|max)?[.!]*$/i.exec(plain) : null;
      if (!bareAmount?.[1]) return undefined;
      const amount = Number(bareAmount[1].replace(/,/g, '')) * (/\dk/i.test(plain) ? 1000 : 1);
      return low({ budget: amount < 2000 ? { text: plain, monthly: amount } : { text: plain, total: amount } });
    }
    case 'vehicle':
      return found.vehicleWanted ? high({}) : undefined;
    case 'condition':
      if (USED.test(folded)) return high({ condition: 'used' });
      if (NEW.test(folded)) return high({ condition: 'new' });
      return undefined;
    case 'tradeIn':
      if (found.vehicleOwned) return high({});
      // "a 2017 Accord" after "will you be trading in?" is the car they are leaving.
      if (found.vehicleWanted && !shape.asked) return high({ vehicleOwned: { has: true, text: found.vehicleWanted.text }, vehicleWanted: undefined });
      if (found.yesNo) return high({ vehicleOwned: { has: found.yesNo === 'yes' } });
      return undefined;
    case 'callTime':
      return found.callTime ? high({}) : undefined;
    case 'phone': {
      if (found.phones.length === 0) return undefined;
      // "Lisa Moore 702 448 1183": a capitalised name signed beside the number is theirs.
      const signed = found.firstName ? undefined : nameFromBareAnswer(plain);
      const written = plain.replace(/[+\d()][\d\s().-]*\d\)?/g, ' ').trim().split(/[\s,]+/).filter(Boolean);
      const capitalised = written.length > 0 && written.every((word) => /^\p{Lu}/u.test(word));
      return signed?.firstName && capitalised ? { slot: lastQuestion, entities: { ...signed }, confidence: 'high' } : high({});
    }
    case 'email':
      return found.emails.length > 0 ? high({}) : undefined;
    default:
      return undefined;
  }
}
