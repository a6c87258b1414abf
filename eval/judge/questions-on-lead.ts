import type { Turn } from '../play/play-shopper.js';
import { answeringMayNotAskPhone, type TopicResult } from './judge-turns.js';
import { fold } from './fold.js';

// Words any lead holds whatever was asked.
const COMMON = new Set([
  'what', 'whats', 'your', 'with', 'have', 'does', 'that', 'this', 'will', 'they', 'them', 'there', 'when', 'where', 'which',
  'would', 'could', 'should', 'about', 'from', 'just', 'like', 'want', 'need', 'used', 'como', 'cual', 'para', 'tienen',
  'puedo', 'pueden', 'quiero', 'tengo', 'esto', 'este', 'esta', 'usted', 'ustedes',
]);
const plain = (text: string) => fold(text).replace(/[^a-z0-9]+/g, ' ').trim();

/** The question is quoted on the lead, or two thirds of its longer words (at least two) appear there. */
function carried(question: string, leadText: string): boolean {
  const text = plain(leadText);
  if (text.includes(plain(question))) return true;
  const words = (plain(question).match(/[a-z0-9]{4,}/g) ?? []).filter((word) => !COMMON.has(word));
  return words.length >= 2 && words.filter((word) => text.includes(word)).length * 3 >= words.length * 2;
}

/**
 * Questions Cathy could not answer, and how many of them reached the lead (issue 12: "Questions for the
 * specialist"); judged by the question's own words in the lead's text.
 */
export function questionsOnLead(turns: readonly Turn[], topics: readonly TopicResult[], leadText: string) {
  const unanswered = new Set(topics.filter((t) => !t.answered && answeringMayNotAskPhone(t.topic)).map((t) => t.turn));
  const lines = [...unanswered].map((turn) => turns[turn - 1]?.text ?? '');
  return { unanswered: lines.length, onLead: lines.filter((line) => carried(line, leadText)).length };
}
