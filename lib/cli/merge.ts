// `corpus merge <records.jsonl[.gz]>... --out <pack.json>`: the merge step of a batch run. Reads the record
// lines `corpus map` wrote, in command-line order, validates each (a clear error names file and line) and
// streams the pack out exactly as `build` over the same articles in the same order would.
import { parseArgs } from './args';
import { createdAt, figures } from './build';
import { checkInputs } from './inputs';
import { readLines } from './lines';
import { PackWriter } from './pack-writer';
import { parseRecordLine } from './record';

export async function runMerge(argv: string[]): Promise<number> {
  const { opts, positional } = parseArgs(argv);
  if (!positional.length || typeof opts.out !== 'string') throw new Error('merge needs <records.jsonl>... --out <pack.json>');
  checkInputs(positional);
  const stamp = createdAt();
  const t0 = performance.now();
  const writer = new PackWriter(opts.out);
  try {
    for (const file of positional)
      for await (const { line, n } of readLines(file)) {
        if (!line.trim()) continue;
        let rec: ReturnType<typeof parseRecordLine>;
        try {
          rec = parseRecordLine(line);
        } catch (e) {
          throw new Error(`${file}:${n}: ${e instanceof Error ? e.message : String(e)}`);
        }
        writer.add(rec);
      }
    const s = await writer.finish(stamp);
    console.error(
      `merged ${opts.out}: ${s.articles} articles, ${s.persons} persons, ${s.statements} statements (${figures(s.articles, t0, 1)})`,
    );
  } catch (e) {
    writer.abort();
    throw e;
  }
  return 0;
}
