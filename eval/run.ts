import { parseEvalFlags } from './cli-flags.js';
import { corpusText } from './report/print-corpus.js';
import { shopperLine, totalsText, transcript } from './report/print-shoppers.js';
import { totalsOf } from './report/totals.js';
import { runShoppers } from './run-shoppers.js';
import { loadShoppers } from './shoppers/load-shoppers.js';
import { loadCorpus } from './understanding/corpus.js';
import { READERS } from './understanding/readers.js';
import { scoreCorpus } from './understanding/score.js';

/** `npm run eval`: scripted shoppers through the real server, then the understanding corpus. */
async function main() {
  const flags = parseEvalFlags(process.argv.slice(2));
  const report: Record<string, unknown> = {};
  const reader = READERS[flags.reader];
  if (!reader) throw new Error(`[Cathy eval] Unknown --reader "${flags.reader}". Known: ${Object.keys(READERS).join(', ')}.`);
  if (flags.shoppers) {
    const all = await loadShoppers();
    const chosen = all.filter((s) => (!flags.smoke || s.smoke) && (!flags.filter || s.id.includes(flags.filter) || s.group.includes(flags.filter)));
    if (chosen.length === 0) throw new Error(`[Cathy eval] No shopper matches --filter "${flags.filter}".`);
    const runs = await runShoppers(chosen);
    const totals = totalsOf(runs.map((run) => run.result));
    report.shoppers = runs.map((run) => run.result);
    report.totals = totals;
    if (!flags.json) {
      for (const run of runs) {
        console.log(shopperLine(run.result));
        if (flags.verbose && !run.result.passed) console.log(transcript(run.played, run.result));
      }
      console.log(`\n${totalsText(totals)}`);
    }
  }
  if (flags.corpus) {
    const score = await scoreCorpus(await loadCorpus(), reader);
    report.corpus = { reader: flags.reader, ...score };
    if (!flags.json) console.log(`\n${corpusText(flags.reader, score, flags.verbose)}`);
  }
  if (flags.json) console.log(JSON.stringify(report, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
