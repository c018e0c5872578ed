import fs from 'node:fs';
import path from 'node:path';

export const ARTICLE_EXTS = ['.txt', '.md', '.html', '.htm'];

/** Expand files and folders (recursively) into article files, sorted; other extensions are ignored. */
export function listArticleFiles(inputs: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
    } else if (ARTICLE_EXTS.includes(path.extname(p).toLowerCase())) out.push(p);
  };
  for (const i of inputs) {
    if (!fs.existsSync(i)) throw new Error(`no such file or folder: ${i}`);
    walk(i);
  }
  return out;
}

export const articleIdOf = (file: string): string => path.basename(file, path.extname(file));
