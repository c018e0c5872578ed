import fs from 'node:fs';
import path from 'node:path';
import { extractCorpus } from '../extract/pipeline';
import { parseArgs } from './args';
import { articleIdOf, listArticleFiles } from './files';

export async function runBuild(argv: string[]): Promise<number> {
  const { opts, positional } = parseArgs(argv);
  if (!positional.length || typeof opts.out !== 'string') throw new Error('build needs <file-or-folder>... --out <pack.json>');
  const files = listArticleFiles(positional);
  const pack = extractCorpus(files.map((f) => ({ id: articleIdOf(f), text: fs.readFileSync(f, 'utf8') })));
  pack.createdAt = new Date().toISOString();
  fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
  fs.writeFileSync(opts.out, JSON.stringify(pack));
  console.error(
    `built ${opts.out}: ${pack.articles.length} articles, ${pack.persons.length} persons, ${pack.statements.length} statements`,
  );
  return 0;
}
