// The streaming build (PackBuilder fed one record at a time, records possibly through JSON lines) against a
// reference model: buildPack as it was before the split (commit 67e0eb2^, verbatim but for names), which held
// every extraction at once. Random corpora drawn from seeds, synthetic articles and surname/initial cases.

import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRecord, parseRecordLine } from '../../lib/cli/record';
import { emptyPack, type Gender, type Pack, type Person } from '../../lib/extract/pack';
import { articleRecord, buildPack, PackBuilder, packArticle, packRows, slugOf } from '../../lib/extract/pack-builder';
import { extractArticle } from '../../lib/extract/pipeline';
import type { ArticleExtraction, PersonCluster } from '../../lib/extract/types';
import { foldForMatch } from '../../lib/text';
import { syntheticArticles } from './synthetic-articles';

const FOLDABLE = /[ёқұүғңөәіһўҳҷӣӯҫӑӗ]/;
const fold = (s: string): string => {
  const l = s.toLowerCase();
  return FOLDABLE.test(l) ? foldForMatch(l) : l;
};

interface Acc {
  person: Person;
  lastKey: string;
  firstKey: string | null;
}

/** buildPack before the streaming split, kept as the model. */
function referencePack(results: ArticleExtraction[]): Pack {
  const pack = emptyPack();
  const byName = new Map<string, Acc>();
  const byLast = new Map<string, Acc[]>();
  const accs: Acc[] = [];
  const usedIds = new Set<string>();
  const newId = (name: string): string => {
    const base = slugOf(name);
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  const addVariant = (p: Person, v: string) => {
    const lv = v.toLowerCase();
    if (lv !== p.name.toLowerCase() && !p.variants.some((x) => x.toLowerCase() === lv)) p.variants.push(v);
  };
  const mergeInfo = (acc: Acc, c: PersonCluster) => {
    const p = acc.person;
    p.gender ??= c.gender as Gender;
    if (!p.patronymic && c.patronymic) p.patronymic = c.patronymic;
    for (const v of c.variants) addVariant(p, v);
  };
  const all = results.flatMap((r) => r.analysis.persons.map((c) => ({ r, c })));
  const sorted = [...all].sort((a, b) => Number(!a.c.first) - Number(!b.c.first));
  const accOf = new Map<PersonCluster, Acc>();
  for (const { c } of sorted) {
    const key = c.first || !c.initial ? fold(c.name) : `${fold(c.name)}|${fold(c.initial)}`;
    let acc = byName.get(key);
    if (!acc && !c.first) {
      const withLast = byLast.get(fold(c.last)) ?? [];
      const fits = withLast.length === 1 && (!c.initial || withLast[0]!.firstKey!.startsWith(fold(c.initial)));
      if (fits) acc = withLast[0];
    }
    if (!acc) {
      acc = {
        person: {
          id: newId(c.name),
          name: c.name,
          official: false,
          gender: c.gender,
          variants: [],
          first: c.first,
          last: c.last,
          patronymic: c.patronymic,
        },
        lastKey: fold(c.last),
        firstKey: c.first ? fold(c.first) : null,
      };
      byName.set(key, acc);
      accs.push(acc);
      if (acc.firstKey) byLast.set(acc.lastKey, [...(byLast.get(acc.lastKey) ?? []), acc]);
    } else addVariant(acc.person, c.name);
    mergeInfo(acc, c);
    accOf.set(c, acc);
  }
  const articleIds = new Set<string>();
  for (const r of results) {
    const src = r.analysis.article;
    let id = src.id;
    for (let n = 2; articleIds.has(id); n++) id = `${src.id}-${n}`;
    articleIds.add(id);
    const a = { ...src, id };
    pack.articles.push({ id: a.id, title: a.title, date: a.date, source: a.source, url: a.url, text: a.text });
    const idOf = new Map(r.analysis.persons.map((c) => [c.key, accOf.get(c)!.person]));
    for (const c of r.analysis.persons) {
      const p = accOf.get(c)!.person;
      for (const m of c.mentions) pack.mentions.push({ personId: p.id, articleId: a.id, start: m.start, end: m.end });
    }
    for (const role of r.roles) {
      const p = idOf.get(role.personKey);
      if (!p) continue;
      if (role.official) p.official = true;
      pack.roles.push({
        personId: p.id,
        articleId: a.id,
        title: role.title,
        former: role.former,
        official: role.official,
        ...(role.reference ? { reference: true } : {}),
        start: role.start,
        end: role.end,
      });
    }
    let n = 0;
    for (const s of r.statements) {
      const p = idOf.get(s.personKey);
      if (!p) continue;
      n++;
      pack.statements.push({ id: `${a.id}:${n}`, personId: p.id, articleId: a.id, kind: s.kind, text: s.text, start: s.start, end: s.end });
    }
  }
  pack.persons = accs.map((a) => a.person);
  return pack;
}

/** PackBuilder fed records that went through the map/merge JSON lines. */
function streamedPack(results: ArticleExtraction[]): Pack {
  const pack = emptyPack();
  const builder = new PackBuilder();
  const recs = results.map((r) => parseRecordLine(formatRecord(articleRecord(r))));
  const added = recs.map((r) => builder.add(r));
  pack.persons = builder.finish();
  recs.forEach((rec, i) => {
    pack.articles.push(packArticle(rec, added[i]!));
    const rows = packRows(rec, added[i]!, (n) => builder.personId(n));
    pack.mentions.push(...rows.mentions);
    pack.roles.push(...rows.roles);
    pack.statements.push(...rows.statements);
  });
  return pack;
}

const root = path.resolve(__dirname, '../..');
// invented people: a bare surname before and after the full name, two full names sharing a surname,
// initials that fit one of them or neither, a woman of the same family
const CASES = [
  'Осмонов заявил, что дороги отремонтируют до осени.',
  'Министр энергетики Бакыт Осмонов провел совещание. Осмонов сообщил, что тарифы не изменятся.',
  'Б. Осмонов отметил, что станцию построят в срок.',
  'Нурлан Осмонов, аким района, рассказал о ремонте школ.',
  'Н. Осмонов и Б. Осмонов выступили на брифинге.',
  'Депутат Айгуль Осмонова заявила, что больницу откроют весной. «Мы справимся», — сказала Осмонова.',
  'По словам Касенова, воду подадут в сентябре.',
  'Т. Касенов сказал, что газ подешевеет.',
  'Посол Тимур Касенов прибыл в Бишкек.',
];
const pool: ArticleExtraction[] = [
  ...fs
    .readdirSync(path.join(root, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.slice(0, -4), text: fs.readFileSync(path.join(root, 'seeds', f), 'utf8') })),
  ...syntheticArticles(40, 12, 3),
  ...CASES.map((text, i) => ({ id: `c${i}`, text })),
].map((a) => extractArticle(a));

describe('streaming pack builder', () => {
  it('equals the reference model on the whole pool, in order', () => {
    const expected = JSON.stringify(referencePack(pool));
    expect(JSON.stringify(buildPack(pool))).toBe(expected);
    expect(JSON.stringify(streamedPack(pool))).toBe(expected);
  });

  it('equals the reference model on random corpora (any order, repeats, duplicate ids)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(pool.length - 1), { minLength: 1, maxLength: 25 }), (picks) => {
        const results = picks.map((i) => pool[i]!);
        const expected = JSON.stringify(referencePack(results));
        expect(JSON.stringify(buildPack(results))).toBe(expected);
        expect(JSON.stringify(streamedPack(results))).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
