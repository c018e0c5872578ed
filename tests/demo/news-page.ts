// Renders the seed articles as one news page (HTML-escaped text), plus a few sentences in UPPERCASE and in
// Latin script, and one with the common noun "путина" that must stay unmarked.
import fs from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../../lib/text';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface SeedArticle {
  id: string;
  date: string | null;
  title: string;
  paragraphs: string[];
}

export function readSeed(file: string): SeedArticle {
  let text = fs.readFileSync(file, 'utf8');
  const date = /^\s*date (\d{4}-\d{2}(?:-\d{2})?)\s/.exec(text);
  if (date) text = text.slice(date[0].length);
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('![') && !/^[-\d\s]+$/.test(l));
  const paragraphs: string[] = [];
  for (const line of lines) {
    const sentences = splitSentences(line).map((s) => line.slice(s.start, s.end));
    for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '));
  }
  const first = paragraphs[0] ?? '';
  const title = first.length > 90 ? `${first.slice(0, first.lastIndexOf(' ', 90))}…` : first;
  return { id: path.basename(file, path.extname(file)), date: date?.[1] ?? null, title, paragraphs: paragraphs.slice(0, 8) };
}

export const EXTRA = [
  'САДЫР ЖАПАРОВ ПРОВЕЛ ТЕЛЕФОННЫЙ РАЗГОВОР С ВЛАДИМИРОМ ПУТИНЫМ.',
  'President Sadyr Japarov thanked Vladimir Putin for the congratulations.',
  'President Kassym-Jomart Tokayev met the akims of the regions.',
  'На Камчатке началась путина: рыбаки вышли в море.',
];

export function renderNewsPage(seedsDir: string): string {
  const files = fs
    .readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const articles = files.map((f) => readSeed(path.join(seedsDir, f)));
  const body = articles
    .map(
      (a) => `<article id="${esc(a.id)}">
  <h2>${esc(a.title)}</h2>
  <p class="meta">${esc(a.date ?? 'без даты')}</p>
${a.paragraphs.map((p) => `  <p>${esc(p)}</p>`).join('\n')}
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Tamga demo: региональные новости</title>
<style>
  body { font: 17px/1.6 Georgia, "Times New Roman", serif; color: #222; background: #fbfaf7; margin: 0; }
  header { background: #1f2a36; color: #fff; padding: 14px 24px; font: 600 20px system-ui, sans-serif; }
  main { max-width: 780px; margin: 0 auto; padding: 8px 20px 60px; }
  article { border-bottom: 1px solid #ddd; padding: 8px 0 16px; }
  h2 { font: 650 22px/1.3 system-ui, sans-serif; margin: 16px 0 4px; }
  .meta { color: #888; font: 13px system-ui, sans-serif; margin: 0 0 8px; }
  aside { background: #f0ede4; padding: 10px 16px; border-radius: 8px; margin-top: 18px; }
</style>
</head>
<body>
<header>Региональные новости</header>
<main>
<aside id="brief"><h2>Коротко</h2>
${EXTRA.map((s) => `  <p>${esc(s)}</p>`).join('\n')}
</aside>
${body}
</main>
</body>
</html>
`;
}
