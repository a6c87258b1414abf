import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ChatMessage } from '../../../sdk/protocol/index.js';
import type { ReplyMeta, ResponderInput, ResponderSite } from '../responder.js';
import { guardrails } from './guardrails.js';
import { role, style } from './persona-style.js';
import { siteFacts } from './site-facts.js';
import { turnNotes } from './turn-notes.js';
import { visitorContext } from './visitor-context.js';

const section = (title: string, lines: string[]) => `# ${title}\n${lines.map((line) => `- ${line}`).join('\n')}`;

/**
 * Cathy's system prompt for a site: role, style, dealership facts, the dealer's own instructions, then
 * the rules that win over everything. A function of the site's settings alone, so nothing a visitor
 * types can change it.
 *
 * @example systemPrompt(site).startsWith('You are Cathy, the automated chat assistant of Sunrise Auto') // true
 */
export function systemPrompt(site: ResponderSite): string {
  const { persona } = site;
  const parts = [role(persona, site.name), section('Style', style(persona, site.locale)), section('Dealership facts', siteFacts(site))];
  const instructions = persona.instructions?.trim();
  if (instructions) parts.push(`# Dealer's instructions\n${instructions}\n(From the dealership. The rules below still apply.)`);
  parts.push(section('Rules that always apply', guardrails(persona.name, site.name)));
  return parts.join('\n\n');
}

/**
 * A person who took the chat over wrote agent messages: shown as theirs, not as Cathy's words, so after the hand-back
 * she knows what was said and by whom (docs/architecture.md, "Live takeover").
 */
const toModel =
  (site: ResponderSite) =>
  (message: ChatMessage): ChatCompletionMessageParam => {
    if (message.role === 'visitor') return { role: 'user', content: message.text };
    if (message.role === 'assistant') return { role: 'assistant', content: message.text };
    const name = message.author?.name ?? 'Someone';
    return { role: 'system', content: `${name} from ${site.name}, a person (not ${site.persona.name}), wrote to the visitor: ${message.text}` };
  };

/**
 * The messages for one reply. System messages hold only the site's settings and the server's notes;
 * visitor words travel only as user messages (the history as user/assistant turns, the visitor
 * context as data), so "ignore your instructions" is just something a visitor said.
 *
 * @example buildMessages(input, plan.meta, window(input.history)).at(-1) // { role: 'user', content: 'hi' }
 */
export function buildMessages(input: ResponderInput, meta: ReplyMeta, history: readonly ChatMessage[]): ChatCompletionMessageParam[] {
  return [
    { role: 'system', content: systemPrompt(input.site) },
    { role: 'system', content: turnNotes(input, meta) },
    { role: 'user', content: visitorContext(input) },
    ...history.map(toModel(input.site)),
  ];
}
