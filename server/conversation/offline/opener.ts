import { acknowledge } from './acknowledge.js';
import type { ReplyContext } from './reply-context.js';

/**
 * What to say before the closing question when the message asked nothing Cathy answers and changed no
 * contact details: a greeting, an acknowledgement of what the visitor shared, or a short filler.
 *
 * @example opener(ctx, { goodbye: false, asking: true }) // ['Hi!', 'A 2019 Honda CR-V is a great pick.']
 */
export function opener(ctx: ReplyContext, { goodbye, asking }: { goodbye: boolean; asking: boolean }): string[] {
  const { intents, say, input } = ctx;
  if (intents.has('asksWhatNext')) return [say(asking ? 'whatNext' : 'whatNextDone', {})];
  const acks = acknowledge(ctx);
  const lines: string[] = [];
  if (intents.has('greeting')) {
    // The name goes in the acknowledgement when the visitor just gave it, not twice.
    const name = acks.length > 0 ? undefined : ctx.name;
    lines.push(say(input.visitor.returning ? 'welcomeBack' : 'hello', { name }));
  }
  if (acks.length > 0) lines.push(...acks);
  else if (intents.has('thanks')) lines.push(...[ctx.sayNew('youreWelcome', {})].filter((line) => line !== undefined));
  // A filler before a consent or re-ask question would only delay it.
  else if (lines.length === 0 && !goodbye && input.contact.kind === 'none') lines.push(...[ctx.sayNew('okay', {})].filter((line) => line !== undefined));
  return lines;
}
