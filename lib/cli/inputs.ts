// The articles of `corpus build` / `corpus map`, read lazily in command-line order: a folder is walked
// (sorted, recursively) for *.txt, *.md, *.html files, a file of those kinds is one article (id = file name
// without extension), and a *.jsonl or *.jsonl.gz file given by name is an archive of article lines
// (lib/cli/record.ts). Other files are ignored, also *.jsonl inside folders: a folder means article files.
import fs from 'node:fs';
import { articleIdOf, walkArticleFiles } from './files';
import { readLines } from './lines';
import type { SourcedArticle } from './pool';
import { parseArticleLine } from './record';

export const isArchive = (p: string): boolean => /\.jsonl(?:\.gz)?$/i.test(p);

/** Throws before any work when an input does not exist. */
export function checkInputs(paths: string[]): void {
  for (const p of paths) if (!fs.existsSync(p)) throw new Error(`no such file or folder: ${p}`);
}

export async function* readArticles(paths: string[]): AsyncGenerator<SourcedArticle> {
  checkInputs(paths);
  for (const p of paths) {
    if (!fs.statSync(p).isDirectory() && isArchive(p)) {
      yield* readArchive(p);
      continue;
    }
    for (const f of walkArticleFiles(p)) yield { input: { id: articleIdOf(f), text: fs.readFileSync(f, 'utf8') }, where: f };
  }
}

async function* readArchive(file: string): AsyncGenerator<SourcedArticle> {
  for await (const { line, n } of readLines(file)) {
    if (!line.trim()) continue;
    const where = `${file}:${n}`;
    let input: SourcedArticle['input'];
    try {
      input = parseArticleLine(line);
    } catch (e) {
      throw new Error(`${where}: ${e instanceof Error ? e.message : String(e)}`);
    }
    yield { input, where };
  }
}
