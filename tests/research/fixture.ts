// A small invented corpus (people, outlets and sentences are made up) shared by the research tests.
// Spans are located by their text, so offsets always agree with the article text.
import { type Article, type Pack, parsePack } from '../../lib/extract/pack';

interface Spec {
  articles: Article[];
  persons: { id: string; name: string; official?: boolean; variants?: string[] }[];
  mentions?: [personId: string, articleId: string, surface: string][];
  roles?: [personId: string, articleId: string, title: string, surface: string, former?: boolean][];
  statements?: [personId: string, articleId: string, kind: 'quote' | 'reported', surface: string][];
}

export function makePack(spec: Spec): Pack {
  const art = new Map(spec.articles.map((a) => [a.id, a]));
  const at = (articleId: string, surface: string) => {
    const start = art.get(articleId)!.text.indexOf(surface);
    if (start < 0) throw new Error(`"${surface}" not in ${articleId}`);
    return { start, end: start + surface.length };
  };
  return parsePack({
    format: 'tamga-pack',
    version: 1,
    articles: spec.articles,
    persons: spec.persons.map((p) => ({ official: true, variants: [], gender: null, ...p })),
    mentions: (spec.mentions ?? []).map(([personId, articleId, s]) => ({ personId, articleId, ...at(articleId, s) })),
    roles: (spec.roles ?? []).map(([personId, articleId, title, s, former]) => ({
      personId,
      articleId,
      title,
      former: !!former,
      ...at(articleId, s),
    })),
    statements: (spec.statements ?? []).map(([personId, articleId, kind, s], i) => ({
      id: `s${i + 1}`,
      personId,
      articleId,
      kind,
      text: s,
      ...at(articleId, s),
    })),
  });
}

const A1 =
  'Министр энергетики Бакыт Осмонов посетил Нарын. «Мы построим новую станцию до конца года», — сказал Осмонов. ' +
  'Его заместитель Айгуль Садыкова добавила, что тарифы останутся прежними.';
const A2 =
  'Бывший министр энергетики Бакыт Осмонов назначен послом в Турции. По словам Осмонова, отношения двух стран крепнут. ' +
  'Аким Северной области Ерлан Касенов поздравил его. «Желаю успехов на новом посту», — заявил Касенов.';
const A3 = 'Депутат Тимур Рахимов раскритиковал реформу. «Реформа тарифов ударит по семьям», — сказал Рахимов журналистам.';

export const corpusPack = (): Pack =>
  makePack({
    articles: [
      { id: 'a1', title: 'Станция в Нарыне', date: '2021-03-05', source: 'Вести Юга', url: 'https://news.example/a1', text: A1 },
      { id: 'a2', title: 'Новый посол', date: '2022-07', source: 'Вести Юга', url: null, text: A2 },
      { id: 'a3', title: null, date: null, source: null, url: null, text: A3 },
    ],
    persons: [
      { id: 'p-osmonov', name: 'Бакыт Осмонов', variants: ['Б. Осмонов'] },
      { id: 'p-sadykova', name: 'Айгуль Садыкова' },
      { id: 'p-kasenov', name: 'Ерлан Касенов' },
      { id: 'p-rakhimov', name: 'Тимур Рахимов' },
    ],
    mentions: [
      ['p-osmonov', 'a1', 'Бакыт Осмонов'],
      ['p-sadykova', 'a1', 'Айгуль Садыкова'],
      ['p-osmonov', 'a2', 'Бакыт Осмонов'],
      ['p-kasenov', 'a2', 'Ерлан Касенов'],
      ['p-rakhimov', 'a3', 'Тимур Рахимов'],
    ],
    roles: [
      ['p-osmonov', 'a1', 'министр энергетики', 'Министр энергетики'],
      ['p-sadykova', 'a1', 'заместитель министра энергетики', 'заместитель'],
      ['p-osmonov', 'a2', 'министр энергетики', 'министр энергетики', true],
      ['p-osmonov', 'a2', 'посол в Турции', 'послом в Турции'],
      ['p-kasenov', 'a2', 'аким Северной области', 'Аким Северной области'],
      ['p-rakhimov', 'a3', 'депутат', 'Депутат'],
    ],
    statements: [
      ['p-osmonov', 'a1', 'quote', 'Мы построим новую станцию до конца года'],
      ['p-sadykova', 'a1', 'reported', 'тарифы останутся прежними'],
      ['p-osmonov', 'a2', 'reported', 'отношения двух стран крепнут'],
      ['p-kasenov', 'a2', 'quote', 'Желаю успехов на новом посту'],
      ['p-rakhimov', 'a3', 'quote', 'Реформа тарифов ударит по семьям'],
    ],
  });
