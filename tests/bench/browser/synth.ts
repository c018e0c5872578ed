// Synthetic data for the browser benchmark: invented people, a large pack, and pages of invented prose.
// Deterministic (seeded) so runs compare.
import { emptyPack, type Pack, type Person } from '../../../lib/extract/pack';

export function rng(seed = 42) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FIRST = [
  'Айбек',
  'Азамат',
  'Бакыт',
  'Данияр',
  'Ерлан',
  'Жанибек',
  'Игорь',
  'Кайрат',
  'Марат',
  'Нурлан',
  'Олег',
  'Руслан',
  'Сергей',
  'Тимур',
  'Улан',
  'Фарид',
  'Чингиз',
  'Эльдар',
  'Айгуль',
  'Гульнара',
  'Динара',
  'Жанна',
  'Мария',
  'Назира',
  'Светлана',
];
const FEMALE = new Set(['Айгуль', 'Гульнара', 'Динара', 'Жанна', 'Мария', 'Назира', 'Светлана']);
const SYL = ['ба', 'ка', 'ма', 'та', 'жу', 'ну', 'са', 'ра', 'ту', 'ку', 'бе', 'ке', 'му', 'да', 'ли', 'ри', 'зо', 'шу', 'ха', 'ды'];
const END = ['ков', 'баев', 'танов', 'лиев', 'уров', 'шин'];

export function syntheticPersons(n: number): Person[] {
  const out: Person[] = [];
  const seen = new Set<string>();
  const r = rng(7);
  for (let i = 0; out.length < n; i++) {
    const stem =
      SYL[i % SYL.length]! + SYL[Math.floor(i / SYL.length) % SYL.length]! + (i >= 400 ? SYL[Math.floor(i / 400) % SYL.length]! : '');
    const last = stem[0]!.toUpperCase() + stem.slice(1) + END[Math.floor(i / 8000) % END.length]!;
    if (seen.has(last)) continue;
    seen.add(last);
    const first = FIRST[Math.floor(r() * FIRST.length)]!;
    const f = FEMALE.has(first);
    out.push({
      id: `s${out.length}`,
      name: `${first} ${last}${f ? 'а' : ''}`,
      official: out.length % 2 === 0,
      gender: f ? 'f' : 'm',
      variants: [],
    });
  }
  return out;
}

const WORDS = [
  'сегодня',
  'город',
  'вопрос',
  'работа',
  'решение',
  'встреча',
  'область',
  'район',
  'проект',
  'жители',
  'дорога',
  'бюджет',
  'школа',
  'рынок',
  'закон',
  'сообщил',
  'отметил',
  'заявил',
  'планирует',
  'новый',
  'важный',
  'большой',
  'местный',
  'также',
  'однако',
  'после',
  'перед',
  'вместе',
  'около',
  'через',
];

/** Invented prose: sentences of common words, each starting with a capital. */
export function prose(chars: number, r = rng(3)): string {
  const parts: string[] = [];
  let len = 0;
  while (len < chars) {
    const n = 6 + Math.floor(r() * 10);
    const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]!);
    const s = `${words[0]![0]!.toUpperCase()}${words[0]!.slice(1)} ${words.slice(1).join(' ')}.`;
    parts.push(s);
    len += s.length + 1;
  }
  return parts.join(' ');
}

/** A pack of `persons` with `statements` statements spread over articles of invented prose. */
export function syntheticPack(persons: Person[], statements: number): Pack {
  const pack = emptyPack();
  pack.persons = persons;
  const r = rng(11);
  const articles = Math.max(1, Math.ceil(statements / 100));
  for (let a = 0; a < articles; a++) {
    const text = prose(1500, r);
    pack.articles.push({
      id: `art${a}`,
      title: `Статья ${a}`,
      date: `20${10 + (a % 15)}-0${1 + (a % 9)}-1${a % 10}`,
      source: 'Синтетика',
      url: `https://example.org/${a}`,
      text,
    });
  }
  for (let i = 0; i < statements; i++) {
    const p = persons[i % persons.length]!;
    const a = pack.articles[Math.floor(i / 100)]!;
    const start = Math.floor(r() * 1000);
    pack.statements.push({
      id: `st${i}`,
      personId: p.id,
      articleId: a.id,
      kind: i % 3 ? 'quote' : 'reported',
      text: a.text.slice(start, start + 120),
      start,
      end: start + 120,
    });
  }
  for (let i = 0; i < persons.length; i++) {
    pack.roles.push({
      personId: persons[i]!.id,
      articleId: `art${i % articles}`,
      title: i % 2 ? 'аким района' : 'министр',
      former: false,
      start: 0,
      end: 5,
    });
  }
  return pack;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An HTML page with ~`chars` characters of text in paragraphs; `names` full names mixed in when given. */
export function page(chars: number, names: string[] = [], nameEvery = 400): string {
  const r = rng(5);
  const paras: string[] = [];
  let len = 0;
  let k = 0;
  while (len < chars) {
    let text = prose(500 + Math.floor(r() * 500), r);
    if (names.length) {
      const cut = text.indexOf('. ', Math.floor(text.length / 2));
      const inserts: string[] = [];
      for (let n = 0; n < Math.max(1, Math.round(text.length / nameEvery)); n++)
        inserts.push(`Об этом сказал ${names[k++ % names.length]}.`);
      if (cut > 0) text = `${text.slice(0, cut + 1)} ${inserts.join(' ')}${text.slice(cut + 1)}`;
    }
    paras.push(`<p>${esc(text)}</p>`);
    len += text.length;
  }
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>bench</title></head><body><main>${paras.join('\n')}</main></body></html>`;
}
