import fs from 'node:fs';
import path from 'node:path';
import { parsePack } from '../extract/pack';
import { buildMatchIndex, matchText } from '../match';
import { parseArgs } from './args';
import { articleIdOf } from './files';

export async function runMatch(argv: string[]): Promise<number> {
  const { opts, positional } = parseArgs(argv);
  if (typeof opts.pack !== 'string' || typeof opts.out !== 'string' || !positional.length)
    throw new Error('match needs --pack <pack.json> --out <dir> <file>...');
  const pack = parsePack(JSON.parse(fs.readFileSync(opts.pack, 'utf8')));
  const index = buildMatchIndex(pack.persons);
  fs.mkdirSync(opts.out, { recursive: true });
  for (const f of positional) {
    const hits = matchText(index, fs.readFileSync(f, 'utf8')).filter((h) => h.personId);
    fs.writeFileSync(
      path.join(opts.out, `${articleIdOf(f)}.json`),
      JSON.stringify(hits.map((h) => ({ start: h.start, end: h.end, personId: h.personId }))),
    );
  }
  return 0;
}
