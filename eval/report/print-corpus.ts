import type { CorpusScore, KindScore } from '../understanding/score.js';

// A kind the reader never produced has no precision to speak of.
const precision = (k: KindScore) => (k.truePositives + k.falsePositives === 0 ? '  - ' : k.precision.toFixed(2));
const row = (k: KindScore) =>
  `  ${k.kind.padEnd(24)} P ${precision(k)}  R ${k.recall.toFixed(2)}  (tp ${k.truePositives}, fp ${k.falsePositives}, fn ${k.falseNegatives})`;

/** Precision and recall per act and entity kind, then the totals; misses only under --verbose. */
export function corpusText(name: string, s: CorpusScore, verbose: boolean): string {
  const lines = [
    `understanding corpus (${name}): ${s.utterances} utterances, ${s.exact} read exactly, language ${Math.round(s.languageAccuracy * 1000) / 10}%`,
    'acts',
    ...s.acts.byKind.map(row),
    row({ ...s.acts.micro, kind: 'all acts' }),
    'entities',
    ...s.entities.byKind.map(row),
    row({ ...s.entities.micro, kind: 'all entities' }),
    `latency per utterance   p50 ${s.latencyMs.p50} ms, p95 ${s.latencyMs.p95} ms`,
  ];
  if (verbose) {
    for (const miss of s.misses) {
      lines.push(`  ✗ ${miss.text}`, `      missing: ${miss.missing.join(', ') || '-'}  extra: ${miss.extra.join(', ') || '-'}`);
    }
  }
  return lines.join('\n');
}
