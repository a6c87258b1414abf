/** A reply's sentences, split after ".", "!" or "?". */
export function sentencesOf(reply: string): string[] {
  return reply.split(/(?<=[.!?])\s+/).map((sentence) => sentence.trim()).filter(Boolean);
}

/** The sentences that ask something (Spanish "¿…?" included). */
export function questionsOf(reply: string): string[] {
  return sentencesOf(reply).filter((sentence) => sentence.endsWith('?'));
}

/** The reply without its questions. */
export function withoutQuestions(reply: string): string {
  return sentencesOf(reply)
    .filter((sentence) => !sentence.endsWith('?'))
    .join(' ');
}
