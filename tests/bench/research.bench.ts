// Side-panel speed: search latency over a synthetic 100 000-statement corpus (deterministic: invented name
// parts × template sentences), against a linear String.includes scan over the same statements; and the
// time to extract one 10 000-character article (built from the seed articles) against tokenising it, in
// Node and in Chromium (lib/extract bundled with esbuild, the bundler tsx already brings, and run in a page).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { extractArticle } from '../../lib/extract';
import type { Article, Pack, Person, Statement } from '../../lib/extract/pack';
import { buildSearchIndex, search } from '../../lib/research/search';
import { foldForMatch, splitSentences, tokenize } from '../../lib/text';
import { NOUNS, TEMPLATES } from './synthetic-words';

const FIRST = [
  'Бакыт',
  'Ерлан',
  'Тимур',
  'Азамат',
  'Нурлан',
  'Марат',
  'Данияр',
  'Руслан',
  'Айбек',
  'Улан',
  'Жанар',
  'Айгуль',
  'Гульнара',
  'Динара',
  'Асель',
  'Мадина',
];
const LAST = [
  'Осмон',
  'Касен',
  'Рахим',
  'Сапар',
  'Токтогул',
  'Жумабай',
  'Абдыкер',
  'Мамыт',
  'Бекмурат',
  'Кадыр',
  'Шарип',
  'Эсен',
  'Мурат',
  'Ташкент',
  'Алым',
  'Байтик',
  'Жолдош',
  'Усен',
  'Ибрай',
  'Калыб',
];
/** surname middles: 16 × 20 × 5 = 1600 persons, ~130 name words */
const MIDS = ['', 'бай', 'али', 'жан', 'бек'];
const ROLES = ['министр энергетики', 'аким области', 'депутат парламента', 'мэр города', 'председатель комитета', 'посол'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticCorpus(statements: number): Pack {
  const r = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const persons: Person[] = [];
  for (const f of FIRST)
    for (const l of LAST)
      for (const mid of MIDS) {
        const fem = ['Жанар', 'Айгуль', 'Гульнара', 'Динара', 'Асель', 'Мадина'].includes(f);
        persons.push({
          id: `p${persons.length}`,
          name: `${f} ${l}${mid}${fem ? 'ова' : 'ов'}`,
          official: r() < 0.8,
          gender: fem ? 'f' : 'm',
          variants: [],
        });
      }
  const articles: Article[] = [];
  const sts: Statement[] = [];
  const roles: Pack['roles'] = [];
  const mentions: Pack['mentions'] = [];
  const PER_ARTICLE = 5;
  for (let a = 0; sts.length < statements; a++) {
    const id = `a${a}`;
    let text = '';
    const year = 2015 + Math.floor(r() * 10);
    const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
    for (let k = 0; k < PER_ARTICLE && sts.length < statements; k++) {
      const p = pick(persons);
      const role = pick(ROLES);
      const intro = `${role[0]!.toUpperCase()}${role.slice(1)} ${p.name} выступил на брифинге. `;
      const roleStart = text.length;
      text += intro;
      roles.push({ personId: p.id, articleId: id, title: role, former: false, start: roleStart, end: roleStart + role.length });
      mentions.push({
        personId: p.id,
        articleId: id,
        start: roleStart + role.length + 1,
        end: roleStart + role.length + 1 + p.name.length,
      });
      const said = pick(TEMPLATES).replace('{x}', pick(NOUNS));
      text += '«';
      const start = text.length;
      text += said;
      sts.push({ id: `s${sts.length}`, personId: p.id, articleId: id, kind: 'quote', text: said, start, end: start + said.length });
      text += '», — сказал он. ';
    }
    articles.push({ id, title: null, date: `${year}-${month}`, source: 'Синтетика', url: null, text });
  }
  return { format: 'tamga-pack', version: 1, articles, persons, mentions, roles, statements: sts };
}

const QUERIES = [
  'Осмонов',
  'Осмонову',
  'Касеновым',
  'Рахимова',
  'Osmonov',
  'Rakhimov',
  'Yerlan Kasenov',
  'Zhumabaev',
  'Сапаров станцию',
  'Тимур Кадыров',
  'Осмнов',
  'Токтогулв',
  'аким',
  'депутату',
  'министр энергетики',
  'тарифы',
  'станцию',
  'больницу',
  'реформа семьям',
  'газ',
  'построим',
  'электричество',
  'Эсенов дорогу',
  'крепнут',
  'брифинг',
];

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export async function run(): Promise<void> {
  const t0 = performance.now();
  const corpus = syntheticCorpus(100_000);
  const tGen = performance.now() - t0;
  let ix!: ReturnType<typeof buildSearchIndex>;
  const tBuild = time(() => {
    ix = buildSearchIndex(corpus);
  });
  console.log(
    `corpus: ${corpus.statements.length} statements, ${corpus.persons.length} persons, ${corpus.articles.length} articles (generated in ${tGen.toFixed(0)} ms); index built in ${tBuild.toFixed(0)} ms`,
  );

  const folded = corpus.statements.map((s) => foldForMatch(s.text));
  const queries = Array.from({ length: 100 }, (_, i) => QUERIES[i % QUERIES.length]!);
  for (const q of QUERIES) search(ix, q); // warm-up: each distinct query once
  const ours: number[] = [];
  const base: number[] = [];
  let groups = 0;
  let baseHits = 0;
  for (const q of queries) {
    ours.push(
      time(() => {
        groups += search(ix, q).groups.length;
      }),
    );
    const fq = foldForMatch(q);
    base.push(
      time(() => {
        for (const s of folded) if (s.includes(fq)) baseHits++;
      }),
    );
  }
  console.log(`${groups} result groups from search, ${baseHits} statements from the baseline`);
  const p50 = percentile(ours, 50);
  const p95 = percentile(ours, 95);
  const b95 = percentile(base, 95);
  console.log(
    `search p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${Math.max(...ours).toFixed(2)} ms over 100 queries (target p95 <= 50 ms)`,
  );
  console.log(
    `baseline (String.includes over 100 000 folded statements, exact substring only): p95 ${b95.toFixed(2)} ms; ratio search/baseline p95 = ${(p95 / b95).toFixed(2)}`,
  );

  const seedDir = path.resolve('seeds');
  const seedText = fs
    .readdirSync(seedDir)
    .sort()
    .map((f) => fs.readFileSync(path.join(seedDir, f), 'utf8'))
    .join('\n\n');
  let text = seedText;
  while (text.length < 10_000) text += `\n\n${seedText}`;
  text = text.slice(0, 10_000);
  extractArticle({ id: 'bench', text });
  const ext: number[] = [];
  const tok: number[] = [];
  let found = 0;
  for (let i = 0; i < 20; i++) {
    ext.push(
      time(() => {
        found = extractArticle({ id: 'bench', text }).statements.length;
      }),
    );
    tok.push(
      time(() => {
        tokenize(text);
        splitSentences(text);
      }),
    );
  }
  const e50 = percentile(ext, 50);
  const t50 = percentile(tok, 50);
  console.log(
    `extractArticle on ${text.length} chars (Node): median ${e50.toFixed(2)} ms, p95 ${percentile(ext, 95).toFixed(2)} ms, ${found} statements (target <= 100 ms); baseline tokenize+splitSentences median ${t50.toFixed(2)} ms; ratio ${(e50 / t50).toFixed(1)}×`,
  );
  await inBrowser(text);
}

/** extractArticle on the same text inside Chromium: the extension runs extraction in an extension page. */
async function inBrowser(text: string): Promise<void> {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(exe)) {
    console.log(`extractArticle in Chromium: skipped (no browser at ${exe})`);
    return;
  }
  const { build } = await import('esbuild');
  const entry = `import { extractArticle } from ${JSON.stringify(path.resolve('lib/extract/index.ts'))};
    import { splitSentences, tokenize } from ${JSON.stringify(path.resolve('lib/text/index.ts'))};
    globalThis.tamgaBench = { extractArticle, splitSentences, tokenize };`;
  const out = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  });
  const browser = await chromium.launch({ executablePath: exe, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: out.outputFiles[0]!.text });
    // a string, not a function: tsx's keep-names helper (__name) does not exist in the page
    const r = (await page.evaluate(`(() => {
      const b = globalThis.tamgaBench;
      const text = ${JSON.stringify(text)};
      const pct = (xs, p) => [...xs].sort((a, c) => a - c)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
      b.extractArticle({ id: 'bench', text });
      const ext = [];
      const tok = [];
      let found = 0;
      for (let i = 0; i < 20; i++) {
        let t0 = performance.now();
        found = b.extractArticle({ id: 'bench', text }).statements.length;
        ext.push(performance.now() - t0);
        t0 = performance.now();
        b.tokenize(text);
        b.splitSentences(text);
        tok.push(performance.now() - t0);
      }
      return { e50: pct(ext, 50), e95: pct(ext, 95), t50: pct(tok, 50), found };
    })()`)) as { e50: number; e95: number; t50: number; found: number };
    console.log(
      `extractArticle on ${text.length} chars (Chromium ${browser.version()}): median ${r.e50.toFixed(2)} ms, p95 ${r.e95.toFixed(2)} ms, ${r.found} statements (target <= 100 ms); baseline tokenize+splitSentences median ${r.t50.toFixed(2)} ms; ratio ${(r.e50 / Math.max(r.t50, 0.01)).toFixed(1)}×`,
    );
  } finally {
    await browser.close();
  }
}
