// `corpus map <file-or-folder-or-archive>... --out <records.jsonl[.gz]> [--jobs N]`: the map step of a batch
// run. Reads articles as `build` does and writes one record line per article (lib/cli/record.ts), in input
// order; `corpus merge` turns the records of every shard into the pack `build` would have made.
import { parseArgs } from './args';
import { figures } from './build';
import { readArticles } from './inputs';
import { OutFile } from './out-file';
import { extractInOrder, parseJobs } from './pool';
import { formatRecord } from './record';

export async function runMap(argv: string[]): Promise<number> {
  const { opts, positional } = parseArgs(argv);
  if (!positional.length || typeof opts.out !== 'string') throw new Error('map needs <file-or-folder>... --out <records.jsonl> [--jobs N]');
  const jobs = parseJobs(opts.jobs);
  const t0 = performance.now();
  // created with the first record: input that fails at once leaves no file
  let out: OutFile | null = null;
  let n = 0;
  try {
    for await (const rec of extractInOrder(readArticles(positional), jobs)) {
      out ??= new OutFile(opts.out);
      out.write(`${formatRecord(rec)}\n`);
      n++;
    }
    (out ?? new OutFile(opts.out)).commit();
  } catch (e) {
    out?.abort();
    throw e;
  }
  console.error(`mapped ${opts.out}: ${n} articles (${figures(n, t0, jobs)})`);
  return 0;
}
