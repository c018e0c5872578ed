import fs from 'node:fs';
import path from 'node:path';

export const ARTICLE_EXTS = ['.txt', '.md', '.html', '.htm'];

/** Article files under a file or folder, lazily: each folder's entries sorted, folders recursively. */
export function* walkArticleFiles(p: string): Generator<string> {
  if (fs.statSync(p).isDirectory()) {
    for (const e of fs.readdirSync(p).sort()) yield* walkArticleFiles(path.join(p, e));
  } else if (isArticleFile(p)) yield p;
}

export const isArticleFile = (p: string): boolean => ARTICLE_EXTS.includes(path.extname(p).toLowerCase());

export const articleIdOf = (file: string): string => path.basename(file, path.extname(file));
