import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { parseBlocks } from './blocks.js';
import type { Inline } from './inline.js';
import { isExternal } from '../../sdk/common/safe-url.js';

// Every node is built as a vnode, so text is always escaped by Preact; nothing here is parsed as HTML.
function renderInline(nodes: Inline[]): ComponentChildren {
  return nodes.map((n) => {
    switch (n.t) {
      case 'text':
        return n.v;
      case 'br':
        return <br />;
      case 'bold':
        return <strong>{renderInline(n.c)}</strong>;
      case 'link':
        return isExternal(n.href) ? (
          <a href={n.href} target="_blank" rel="noopener noreferrer">
            {n.v}
          </a>
        ) : (
          <a href={n.href}>{n.v}</a>
        );
    }
  });
}

/** A message body: paragraphs, lists, bold and safe links. */
export function FormattedText({ text }: { text: string }) {
  const blocks = useMemo(() => parseBlocks(text), [text]);
  return (
    <div class="cathy-text">
      {blocks.map((b) => {
        if (b.t === 'p') return <p>{renderInline(b.c)}</p>;
        const items = b.items.map((item) => <li>{renderInline(item)}</li>);
        return b.t === 'ul' ? <ul>{items}</ul> : <ol start={b.start}>{items}</ol>;
      })}
    </div>
  );
}
