import { parseInline, type Inline } from './inline.js';

export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'ul'; items: Inline[][] }
  | { t: 'ol'; start: number; items: Inline[][] };

const BULLET = /^\s{0,3}[-*•]\s+(.*)$/;
const NUMBERED = /^\s{0,3}(\d{1,3})[.)]\s+(.*)$/;

/**
 * Splits a message into paragraphs (blank lines) and lists (`- `, `* `, `1. ` lines); lines inside a
 * paragraph keep their breaks. A tiny subset of Markdown, because that is what the model writes.
 */
export function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ t: 'p', c: parseInline(para.join('\n')) });
    para = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (!bullet && !numbered) {
      if (line.trim()) para.push(line);
      else flush();
      continue;
    }
    flush();
    const prev = blocks[blocks.length - 1];
    if (bullet) {
      const item = parseInline(bullet[1] ?? '');
      if (prev?.t === 'ul') prev.items.push(item);
      else blocks.push({ t: 'ul', items: [item] });
    } else if (numbered) {
      const item = parseInline(numbered[2] ?? '');
      if (prev?.t === 'ol') prev.items.push(item);
      else blocks.push({ t: 'ol', start: Number(numbered[1]), items: [item] });
    }
  }
  flush();
  return blocks;
}
