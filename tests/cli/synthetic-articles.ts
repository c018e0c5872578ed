// Synthetic news articles for the CLI tests and the build bench: invented people (first names from the
// lexicon's common Central Asian names, surnames from invented roots), template sentences with roles,
// quotes and reported speech, some persons named by surname or initials only (so persons merge across
// articles and surname-only persons join full names). Deterministic for a seed; generated lazily.
import { NOUNS, ROLES, TEMPLATES } from '../bench/synthetic-words';

const FIRST_M = ['Бакыт', 'Ерлан', 'Тимур', 'Азамат', 'Нурлан', 'Марат', 'Данияр', 'Руслан', 'Айбек', 'Канат', 'Самат', 'Арман'];
const FIRST_F = ['Айгуль', 'Гульнара', 'Динара', 'Асель', 'Мадина', 'Бермет', 'Жылдыз', 'Салтанат', 'Айжан', 'Эльмира'];
const ROOTS = [
  'Осмон',
  'Касен',
  'Рахим',
  'Сапар',
  'Жумабай',
  'Абдыкер',
  'Мамыт',
  'Кадыр',
  'Шарип',
  'Эсен',
  'Алым',
  'Усен',
  'Дуйшен',
  'Темир',
];
const MIDS = ['', 'бек', 'кул', 'тай', 'назар', 'али', 'жан', 'гали'];

export interface SyntheticPerson {
  first: string;
  last: string;
  female: boolean;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticPersons(count: number): SyntheticPerson[] {
  const out: SyntheticPerson[] = [];
  for (let i = 0; out.length < count; i++) {
    const female = i % 3 === 2;
    const firsts = female ? FIRST_F : FIRST_M;
    const root = ROOTS[i % ROOTS.length]!;
    const mid = MIDS[Math.floor(i / ROOTS.length) % MIDS.length]!;
    const first = firsts[Math.floor(i / (ROOTS.length * MIDS.length)) % firsts.length]!;
    out.push({ first, last: `${root}${mid}ов${female ? 'а' : ''}`, female });
  }
  return out;
}

/** `count` articles {id, text} about `persons` invented people (default: a tenth of the articles, at least 12). */
export function* syntheticArticles(
  count: number,
  persons = Math.max(12, Math.floor(count / 10)),
  seed = 7,
): Generator<{ id: string; text: string }> {
  const r = rng(seed);
  const people = syntheticPersons(persons);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const said = () => pick(TEMPLATES).replace('{x}', pick(NOUNS));
  for (let a = 0; a < count; a++) {
    const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
    let text = ` date 20${10 + Math.floor(r() * 15)}-${month} Новости региона ${a}\n`;
    const n = 2 + Math.floor(r() * 4);
    for (let k = 0; k < n; k++) {
      const p = pick(people);
      const verb = p.female ? 'заявила' : 'заявил';
      const told = p.female ? 'сказала' : 'сказал';
      switch (Math.floor(r() * 5)) {
        case 0:
          text += `${pick(ROLES)} ${p.first} ${p.last} ${verb}, что ${said().toLowerCase()}. «${said()}», — ${told} ${p.last}.\n`;
          break;
        case 1:
          text += `${p.first} ${p.last} ${p.female ? 'выступила' : 'выступил'} на брифинге. «${said()}», — ${told} ${p.female ? 'она' : 'он'}.\n`;
          break;
        case 2:
          text += `По словам ${p.last.endsWith('а') ? `${p.last.slice(0, -1)}ой` : `${p.last}а`}, ${said().toLowerCase()}.\n`;
          break;
        case 3:
          text += `${p.first[0]}. ${p.last} ${verb}, что ${said().toLowerCase()}.\n`;
          break;
        default:
          text += `Жители района обсуждали ремонт дорог и новые тарифы. ${p.last} ${verb}, что ${said().toLowerCase()}.\n`;
      }
    }
    yield { id: `s${String(a).padStart(6, '0')}`, text };
  }
}
