import type { CapturedFacts } from './facts.js';
import { fold } from './text.js';

// "Text me", "texting is better", "prefer a text", "mándame un mensaje", "por texto"; negations ("don't text
// me") are opt-outs and read by the intent module, so a "no" before "text" never counts as a preference here.
const TEXT = /\b(?<!(?:don ?'?t|do not|no|never) )(?:text me|texting (?:is|works)|(?:prefer|rather)(?: a| to)? texts?|texts? (?:is|are|works?) (?:better|best|fine|ok|easier)|(?:send|mandame|enviame) (?:me )?(?:a |un )?(?:text|mensaje)|por (?:texto|mensaje)|whatsapp me)\b/;
const CALL = /\b(?:(?:prefer|rather)(?: a| to)? (?:call|phone call)s?|(?:calls?|calling) (?:is|are|works?) (?:better|best|easier)|calls? only|no texts?|(?:prefiero|mejor) (?:una )?llamada|solo llamadas)\b/;

/**
 * How the visitor would rather be reached, when they say so ("text me", "calls only", "prefiero llamada").
 *
 * @example
 * findContactPreference('you can text me after 5'); // 'text'
 */
export function findContactPreference(text: string): CapturedFacts['contactPreference'] {
  const folded = fold(text);
  const call = CALL.exec(folded);
  const texts = TEXT.exec(folded);
  if (call && (!texts || call.index <= texts.index)) return 'call';
  return texts ? 'text' : undefined;
}
