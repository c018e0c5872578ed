// `corpus match --pack <pack.json> --out <dir> [--format json|text] <file>...`
//   json (default): <dir>/<article id>.json = [{start, end, personId}] (UTF-16 offsets into the file text),
//                   only hits with a person (ambiguous ones are left out), as ../shared/eval/README.md documents.
//   text:           prints each file with its mentions marked "[Садыр Жапаров|sadyr-zhaparov]" (ambiguous:
//                   "[Жапаров|?a,b]"; bare surnames weakly matched carry a "~" before the id).
import fs from 'node:fs';
import path from 'node:path';
import { parsePack } from '../extract/pack';
import { buildMatchIndex, type MatchHit, matchText } from '../match';
import { parseArgs } from './args';
import { articleIdOf } from './files';

export async function runMatch(argv: string[]): Promise<number> {
  const { opts, positional } = parseArgs(argv);
  const format = opts.format ?? 'json';
  if (typeof opts.pack !== 'string' || !positional.length || (format === 'json' && typeof opts.out !== 'string'))
    throw new Error('match needs --pack <pack.json> --out <dir> [--format json|text] <file>...');
  if (format !== 'json' && format !== 'text') throw new Error(`unknown --format ${String(format)} (json or text)`);
  const pack = parsePack(JSON.parse(fs.readFileSync(opts.pack, 'utf8')));
  const index = buildMatchIndex(pack.persons);
  if (format === 'json') fs.mkdirSync(opts.out as string, { recursive: true });
  for (const f of positional) {
    const text = fs.readFileSync(f, 'utf8');
    const hits = matchText(index, text);
    if (format === 'text') {
      console.log(`== ${f}\n${markup(text, hits)}\n`);
      continue;
    }
    fs.writeFileSync(
      path.join(opts.out as string, `${articleIdOf(f)}.json`),
      JSON.stringify(hits.filter((h) => h.personId).map((h) => ({ start: h.start, end: h.end, personId: h.personId }))),
    );
  }
  return 0;
}

/** The text with every hit wrapped as [surface|id]. */
export function markup(text: string, hits: MatchHit[]): string {
  let out = '';
  let at = 0;
  for (const h of hits) {
    const who = h.personId ?? `?${h.candidates.join(',')}`;
    out += `${text.slice(at, h.start)}[${text.slice(h.start, h.end)}|${h.strength === 'weak' ? '~' : ''}${who}]`;
    at = h.end;
  }
  return out + text.slice(at);
}
