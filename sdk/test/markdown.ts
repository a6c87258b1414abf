/** Just enough Markdown for the docs tests: fenced blocks, headings and inline code. */

export interface CodeBlock {
  lang: string;
  code: string;
  /** 1-based line in the document of the block's first code line. */
  line: number;
}

export interface Section {
  heading: string;
  /** The heading and its prose, subsections included, up to the next heading of its level or above. */
  prose: string;
}

const FENCE = /^(`{3,}|~{3,})\s*([\w-]*)/;

/** The document's lines with fenced blocks (fences included) blanked, and the blocks themselves. */
function parse(markdown: string): { prose: string[]; blocks: CodeBlock[] } {
  const lines = markdown.split('\n');
  const prose: string[] = [];
  const blocks: CodeBlock[] = [];
  let open: { marker: string; lang: string; start: number } | null = null;
  lines.forEach((text, index) => {
    let fenced = open !== null;
    if (!open) {
      const fence = FENCE.exec(text);
      if (fence) {
        open = { marker: fence[1] ?? '', lang: fence[2] ?? '', start: index + 1 };
        fenced = true;
      }
    } else if (text.trim() === open.marker) {
      blocks.push({ lang: open.lang, code: lines.slice(open.start, index).join('\n'), line: open.start + 1 });
      open = null;
    }
    prose.push(fenced ? '' : text);
  });
  return { prose, blocks };
}

export function fencedBlocks(markdown: string): CodeBlock[] {
  return parse(markdown).blocks;
}

export function sections(markdown: string): Section[] {
  const { prose } = parse(markdown);
  const headings = prose.flatMap((text, index) => {
    const match = /^(#{1,6})\s+(.*)$/.exec(text);
    return match ? [{ index, level: match[1]?.length ?? 0, heading: match[2] ?? '' }] : [];
  });
  return headings.map(({ index, level, heading }) => {
    const end = headings.find((next) => next.index > index && next.level <= level)?.index ?? prose.length;
    return { heading, prose: prose.slice(index, end).join('\n') };
  });
}

/** Contents of the inline code spans outside fenced blocks, with table-escaped pipes restored. */
export function codeSpans(markdown: string): string[] {
  const text = parse(markdown).prose.join('\n');
  return [...text.matchAll(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g)].map((match) => (match[2] ?? '').trim().replace(/\\\|/g, '|'));
}

/**
 * The names code spans mention: `open()`, `cathy.open()` and `open?` all name `open`; quoted literals
 * name their value, so `'right' | 'left'` names both.
 */
export function codeNames(markdown: string): Set<string> {
  const names = new Set<string>();
  for (const span of codeSpans(markdown)) {
    for (const match of span.matchAll(/'([^']*)'|"([^"]*)"/g)) names.add(match[1] ?? match[2] ?? '');
    const bare = span.replace(/\(.*\)$/, '').replace(/\?$/, '');
    names.add(bare);
    names.add(bare.slice(bare.lastIndexOf('.') + 1));
  }
  return names;
}
