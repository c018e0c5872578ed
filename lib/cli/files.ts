import fs from 'node:fs';
import path from 'node:path';

export const ARTICLE_EXTS = ['.txt', '.md', '.html', '.htm'];

/** Expand files and folders (recursively) into article files, sorted; other extensions are ignored. */
export function listArticleFiles(inputs: string[]): string[] {
  const out: string[] = [];
  for (const i of inputs) {
    if (!fs.existsSync(i)) throw new Error(`no such file or folder: ${i}`);
    for (const f of walkArticleFiles(i)) out.push(f);
  }
  return out;
}

/** Article files under a file or folder, lazily, in the order listArticleFiles gives (each folder sorted). */
export function* walkArticleFiles(p: string): Generator<string> {
  if (fs.statSync(p).isDirectory()) {
    for (const e of fs.readdirSync(p).sort()) yield* walkArticleFiles(path.join(p, e));
  } else if (isArticleFile(p)) yield p;
}

export const isArticleFile = (p: string): boolean => ARTICLE_EXTS.includes(path.extname(p).toLowerCase());

export const articleIdOf = (file: string): string => path.basename(file, path.extname(file));
