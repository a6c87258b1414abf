import { describe, expect, it } from 'vitest';
import { parseBlocks } from './blocks.js';
import { parseInline } from './inline.js';

describe('parseBlocks', () => {
  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    expect(parseBlocks('Hi there\nsecond line\n\nNew paragraph')).toEqual([
      { t: 'p', c: [{ t: 'text', v: 'Hi there' }, { t: 'br' }, { t: 'text', v: 'second line' }] },
      { t: 'p', c: [{ t: 'text', v: 'New paragraph' }] },
    ]);
  });

  it('groups bullet and numbered lines into lists', () => {
    const blocks = parseBlocks('Options:\n- SUV\n* Truck\n\n3. First\n4) Second');
    expect(blocks.map((b) => b.t)).toEqual(['p', 'ul', 'ol']);
    expect(blocks[1]).toEqual({ t: 'ul', items: [[{ t: 'text', v: 'SUV' }], [{ t: 'text', v: 'Truck' }]] });
    expect(blocks[2]).toMatchObject({ t: 'ol', start: 3 });
  });

  it('does not mistake bold at the start of a line for a bullet', () => {
    expect(parseBlocks('**Note** this')[0]).toMatchObject({ t: 'p' });
  });

  it('normalises CRLF line endings', () => {
    expect(parseBlocks('a\r\n\r\nb')).toHaveLength(2);
  });
});

describe('parseInline', () => {
  it('parses bold, including links inside it', () => {
    expect(parseInline('a **b https://x.example** c')).toEqual([
      { t: 'text', v: 'a ' },
      { t: 'bold', c: [{ t: 'text', v: 'b ' }, { t: 'link', href: 'https://x.example/', v: 'https://x.example' }] },
      { t: 'text', v: ' c' },
    ]);
  });

  it('leaves unmatched or empty asterisks alone', () => {
    expect(parseInline('2 ** 3 and **')).toEqual([{ t: 'text', v: '2 ** 3 and **' }]);
  });

  it('keeps trailing punctuation and unbalanced parens out of links', () => {
    const nodes = parseInline('See (https://dealer.example/a_(b)). Thanks');
    expect(nodes).toContainEqual({ t: 'link', href: 'https://dealer.example/a_(b)', v: 'https://dealer.example/a_(b)' });
    expect(nodes.at(-1)).toEqual({ t: 'text', v: '). Thanks' });
  });

  it('links www domains, emails and US phone numbers', () => {
    const links = parseInline('www.dealer.example, sales@dealer.example or (555) 201-3344').filter((n) => n.t === 'link');
    expect(links.map((l) => (l.t === 'link' ? l.href : ''))).toEqual([
      'https://www.dealer.example/',
      'mailto:sales@dealer.example',
      'tel:5552013344',
    ]);
  });

  it('supports markdown links with safe schemes only', () => {
    expect(parseInline('[Inventory](https://dealer.example/inv)')).toEqual([
      { t: 'link', href: 'https://dealer.example/inv', v: 'Inventory' },
    ]);
    expect(parseInline('[x](javascript:alert%281%29)')).toEqual([{ t: 'text', v: '[x](javascript:alert%281%29)' }]);
  });

  it('does not link numbers that are not phone numbers', () => {
    expect(parseInline('Budget $25,000 for a 2019 model, stock 12345678901').every((n) => n.t === 'text')).toBe(true);
  });
});
