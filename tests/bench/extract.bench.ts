// Extraction speed on one core: articles/s and MB/s over the seed articles (the shipped corpus), a
// synthetic 1 MB article and the same text cut into seed-sized articles; linearity (1× vs 8× the text).
// Baseline in the same run: tokenize + splitSentences of the same text (lib/text), the floor any extraction
// pays; the ratio says how many times that floor the whole pipeline costs. Target: >= 200 seed-sized
// articles per second.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, extractCorpus } from '../../lib/extract/pipeline';
import { splitSentences, tokenize } from '../../lib/text';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Run f until at least minMs elapsed; returns ms per run and the last result (so the work is not optimised away). */
function time(f: () => number, minMs: number): { ms: number; result: number } {
  let runs = 0;
  let result = 0;
  const t0 = performance.now();
  let t = t0;
  do {
    result = f();
    runs++;
    t = performance.now();
  } while (t - t0 < minMs);
  return { ms: (t - t0) / runs, result };
}

const mb = (s: string[]) => s.reduce((n, x) => n + Buffer.byteLength(x, 'utf8'), 0) / 1e6;

function report(label: string, texts: string[], minMs: number): void {
  const base = time(() => texts.reduce((n, t) => n + tokenize(t).length + splitSentences(t).length, 0), minMs);
  const full = time(() => extractCorpus(texts.map((text, i) => ({ id: `a${i}`, text }))).mentions.length, minMs);
  const size = mb(texts);
  console.log(
    `${label.padEnd(34)} ${(texts.length / (full.ms / 1000)).toFixed(0).padStart(6)} articles/s  ${(size / (full.ms / 1000)).toFixed(2).padStart(6)} MB/s  ` +
      `(baseline tokenize+sentences ${(size / (base.ms / 1000)).toFixed(2)} MB/s; pipeline = ${(full.ms / base.ms).toFixed(1)}× baseline; ${full.result} mentions)`,
  );
}

export async function run(): Promise<void> {
  const dir = path.join(root, 'seeds');
  const seeds = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const seedAvg = seeds.join('').length / seeds.length;
  report(`seeds (${seeds.length} articles)`, seeds, 1500);

  const big = seeds
    .join('\n\n')
    .repeat(Math.ceil(1_000_000 / seeds.join('\n\n').length))
    .slice(0, 1_000_000);
  const chunks: string[] = [];
  for (let i = 0; i < big.length; i += seedAvg) chunks.push(big.slice(i, i + seedAvg));
  report(`1 MB as ${chunks.length} seed-sized articles`, chunks, 2000);
  report('1 MB as one article', [big], 2000);

  // linearity: 8× the text should cost ~8× the time
  const one = big.slice(0, 125_000);
  const eight = big;
  const t1 = time(() => extractArticle({ id: 'x', text: one }).analysis.persons.length, 1000);
  const t8 = time(() => extractArticle({ id: 'x', text: eight }).analysis.persons.length, 1000);
  console.log(`linearity: 125 kB ${t1.ms.toFixed(1)} ms, 1 MB ${t8.ms.toFixed(1)} ms, ratio ${(t8.ms / t1.ms).toFixed(1)} (linear = 8)`);
}
