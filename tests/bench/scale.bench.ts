// Scale: a corpus a thousand times the seeds — 10 000 persons, 100 000 articles, 1 000 000 statements —
// generated deterministically from invented name parts and template sentences (no real names). Measures
// pack generation, JSON size, parsePack validation (against JSON.parse of the same text as the floor), the
// match index (build time and JSON size), the search index (build time, p50/p95 latency against a linear
// scan), and peak memory; each stage also at a tenth of the size, so the growth factor shows. IndexedDB:
// a 100 000-statement slice imported with lib/storage into fake-indexeddb (pure JS in Node, NOT Chromium's
// IndexedDB; Chromium's, at full size: `npm run bench scale-browser`), extrapolated linearly and labelled so.
// `NODE_OPTIONS='--max-old-space-size=12000 --expose-gc' npm run bench scale.` (not in CI; minutes and several GB
// of memory at full size). SCALE=0.1 for a quick run.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Article, Mention, Pack, Person, Role, Statement } from '../../lib/extract/pack';
import { parsePack } from '../../lib/extract/pack';
import { buildMatchIndex } from '../../lib/match';
import { buildSearchIndex, search } from '../../lib/research/search';
import { importShippedPack, openDb } from '../../lib/storage';
import { foldForMatch } from '../../lib/text';
import { NOUNS, ROLES, TEMPLATES } from './synthetic-words';

const FIRST_M = [
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
  'Талант',
  'Эрмек',
  'Канат',
  'Самат',
  'Жыргал',
  'Арман',
  'Бекзат',
  'Ильяс',
  'Максат',
  'Нуржан',
];
const FIRST_F = [
  'Жанар',
  'Айгуль',
  'Гульнара',
  'Динара',
  'Асель',
  'Мадина',
  'Алтынай',
  'Бермет',
  'Чолпон',
  'Назгуль',
  'Айпери',
  'Жылдыз',
  'Камила',
  'Салтанат',
  'Умут',
  'Айжан',
  'Гулиза',
  'Нургуль',
  'Акылай',
  'Эльмира',
];
const ROOTS = [
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
  'Алым',
  'Байтик',
  'Жолдош',
  'Усен',
  'Ибрай',
  'Калыб',
  'Дуйшен',
  'Султан',
  'Темир',
  'Асан',
  'Туран',
  'Орозбек',
  'Кенжe'.replace('e', 'е'),
];
const MIDS = ['', 'бай', 'али', 'жан', 'бек', 'кул', 'тай', 'назар', 'мурат', 'гали'];
const FILLER = 'Жители района обсуждали ремонт дорог и новые тарифы. ';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** 40 first names × 25 surname roots × 10 middles = 10 000 persons at full size. */
export function scaleCorpus(persons: number, articles: number, statements: number): Pack {
  const r = rng(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const ps: Person[] = [];
  outer: for (const mid of MIDS)
    for (const root of ROOTS)
      for (const f of [...FIRST_M, ...FIRST_F]) {
        if (ps.length >= persons) break outer;
        const fem = FIRST_F.includes(f);
        ps.push({
          id: `p${ps.length}`,
          name: `${f} ${root}${mid}${fem ? 'ова' : 'ов'}`,
          official: r() < 0.8,
          gender: fem ? 'f' : 'm',
          variants: [],
        });
      }
  const arts: Article[] = [];
  const sts: Statement[] = [];
  const roles: Role[] = [];
  const mentions: Mention[] = [];
  const perArticle = statements / articles;
  for (let a = 0; a < articles; a++) {
    const id = `a${a}`;
    let text = FILLER;
    const first = pick(ps);
    const role = pick(ROLES);
    roles.push({ personId: first.id, articleId: id, title: role, former: false, start: text.length, end: text.length + role.length });
    for (let k = 0; k < perArticle; k++) {
      const p = k === 0 ? first : pick(ps);
      const intro = k === 0 ? `${role} ${p.name}` : p.name;
      const at = text.length + intro.length - p.name.length;
      text += `${intro} выступил на брифинге. «`;
      mentions.push({ personId: p.id, articleId: id, start: at, end: at + p.name.length });
      const said = pick(TEMPLATES).replace('{x}', pick(NOUNS));
      const start = text.length;
      text += `${said}», — сказал он. `;
      sts.push({ id: `${id}:${k}`, personId: p.id, articleId: id, kind: 'quote', text: said, start, end: start + said.length });
    }
    const year = 2010 + Math.floor(r() * 15);
    arts.push({
      id,
      title: `Новости ${a}`,
      date: `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`,
      source: 'Синтетика',
      url: null,
      text,
    });
  }
  return { format: 'tamga-pack', version: 1, articles: arts, persons: ps, mentions, roles, statements: sts };
}

const QUERIES = [
  'Осмонов',
  'Касеновым',
  'Рахимова',
  'Osmonov',
  'Rakhimov',
  'Zhumabaev',
  'Сапаров станцию',
  'Тимур Кадыров',
  'Осмнов',
  'аким',
  'депутату',
  'министр энергетики',
  'тарифы',
  'больницу',
  'реформа семьям',
  'газ',
  'построим',
  'Эсенов дорогу',
  'крепнут',
];

const ms = (t: number) => (t < 10 ? t.toFixed(1) : t.toFixed(0));
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const timed = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const v = fn();
  return [v, performance.now() - t0];
};
function percentile(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
const peakRss = () => process.resourceUsage().maxRSS * 1024;

interface Figures {
  statements: number;
  genMs: number;
  jsonMB: number;
  stringifyMs: number;
  parseMs: number;
  validateMs: number;
  matchMs: number;
  matchMB: number;
  searchBuildMs: number;
  p50: number;
  p95: number;
  scanP95: number;
  heapMB: number;
}

function stage(scale: number): Figures {
  const [pack, genMs] = timed(() => scaleCorpus(Math.round(10_000 * scale), Math.round(100_000 * scale), Math.round(1_000_000 * scale)));
  const [text, stringifyMs] = timed(() => JSON.stringify(pack));
  const [json, parseMs] = timed(() => JSON.parse(text) as unknown);
  const [, validateMs] = timed(() => parsePack(json));
  const [index, matchMs] = timed(() => buildMatchIndex(pack.persons));
  const matchMB = JSON.stringify(index).length / 1e6;
  const [ix, searchBuildMs] = timed(() => buildSearchIndex(pack));
  for (const q of QUERIES) search(ix, q);
  const ours: number[] = [];
  const scan: number[] = [];
  const folded = pack.statements.map((s) => foldForMatch(s.text));
  for (let i = 0; i < 60; i++) {
    const q = QUERIES[i % QUERIES.length]!;
    ours.push(timed(() => search(ix, q))[1]);
    const fq = foldForMatch(q);
    scan.push(timed(() => folded.filter((s) => s.includes(fq)).length)[1]);
  }
  return {
    statements: pack.statements.length,
    genMs,
    jsonMB: text.length / 1e6,
    stringifyMs,
    parseMs,
    validateMs,
    matchMs,
    matchMB,
    searchBuildMs,
    p50: percentile(ours, 50),
    p95: percentile(ours, 95),
    scanP95: percentile(scan, 95),
    heapMB: process.memoryUsage().heapUsed / 1e6,
  };
}

async function fakeIdbImport(statements: number): Promise<number> {
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const pack = scaleCorpus(10_000, statements / 10, statements);
  const db = openDb(`scale-${statements}`);
  await db.open();
  const t0 = performance.now();
  await importShippedPack(db, pack, `h${statements}`);
  const t = performance.now() - t0;
  db.close();
  return t;
}

export async function run(): Promise<void> {
  const full = Number(process.env.SCALE ?? 1);
  const rows: [string, Figures][] = [];
  for (const s of [full / 10, full]) {
    rows.push([`×${s}`, stage(s)]);
    globalThis.gc?.();
  }
  const [[, a], [, b]] = rows as [[string, Figures], [string, Figures]];
  const f = (k: keyof Figures, unit = 'ms') =>
    `${k === 'jsonMB' || k === 'matchMB' || k === 'heapMB' ? mb(a[k] * 1e6) : ms(a[k])} → ${k.endsWith('MB') ? mb(b[k] * 1e6) : ms(b[k])} ${k.endsWith('MB') ? 'MB' : unit} (${(b[k] / a[k]).toFixed(1)}x)`;
  console.log(
    `statements: ${a.statements} → ${b.statements} (${(b.statements / a.statements).toFixed(0)}x); persons ${Math.round(1_000 * full)} → ${Math.round(10_000 * full)}`,
  );
  console.log(`generate pack:            ${f('genMs')}`);
  console.log(`pack JSON:                ${f('jsonMB')}; stringify ${f('stringifyMs')}`);
  console.log(`JSON.parse (floor):       ${f('parseMs')}`);
  console.log(`parsePack validation:     ${f('validateMs')}; ${(b.validateMs / b.parseMs).toFixed(2)}x JSON.parse at full size`);
  console.log(`match index build:        ${f('matchMs')}; size ${f('matchMB')}`);
  console.log(`search index build:       ${f('searchBuildMs')}`);
  console.log(
    `search p50 / p95:         ${ms(a.p50)} / ${ms(a.p95)} → ${ms(b.p50)} / ${ms(b.p95)} ms; baseline: String.includes over every folded statement, p95 ${ms(b.scanP95)} ms (ours ${(b.p95 / b.scanP95).toFixed(1)}x it)`,
  );
  console.log(`heap after stage:         ${f('heapMB')}; peak RSS of the process ${mb(peakRss())} MB`);
  const small = await fakeIdbImport(10_000);
  const big = await fakeIdbImport(100_000);
  console.log(
    `IndexedDB import (fake-indexeddb in Node, not Chromium): 10 000 statements ${ms(small)} ms, 100 000 statements ${ms(big)} ms (${(big / small).toFixed(1)}x for 10x); ` +
      `linear extrapolation to 1 000 000: ~${((big * 10) / 1000).toFixed(0)} s (EXTRAPOLATED; Chromium measured: npm run bench scale-browser)`,
  );
}
