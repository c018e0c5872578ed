import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../lib/extract/article';
import { analyseSurname, firstNameForms, surnameForms } from '../../lib/extract/names/morph';
import { findPersons } from '../../lib/extract/persons';
import { splitSentences, tokenize } from '../../lib/text';

function persons(text: string) {
  const article = parseArticle({ id: 't', text });
  return findPersons(article, tokenize(text), splitSentences(text));
}
const names = (text: string) => persons(text).map((p) => p.name);

describe('findPersons: name shapes → nominative names', () => {
  it.each([
    // [text, expected persons]
    ['Вчера Садыр Жапаров провел встречу.', ['Садыр Жапаров']],
    ['Встреча с Садыром Жапаровым прошла в Бишкеке.', ['Садыр Жапаров']],
    ['Письмо от Владимира Иванова пришло вчера.', ['Владимир Иванов']],
    ['Путин заявил, что встреча прошла хорошо.', ['Путин']],
    ['Блогер Ринат КИБРАЕВ выступил на встрече.', ['Ринат Кибраев']],
    ['на встрече акима района Жолана ОМАРОВА', ['Жолан Омаров']],
    ['Вчера Жанара Омарова заявила о проблемах.', ['Жанара Омарова']],
    ['Фото Жанары Каримовой', ['Жанара Каримова']],
    ['обращение к президенту Касым-Жомарту ТОКАЕВУ', ['Касым-Жомарт Токаев']],
    ['глава ведомства Галымурат ЖУКЕЛ рассказал', ['Галымурат Жукел']],
    ['президент Таджикистана Эмомали Рахмон', ['Эмомали Рахмон']],
    ['встреча с Эмомали Рахмоном', ['Эмомали Рахмон']],
    ['как сказал Нурсултан Абишевич Назарбаев', ['Нурсултан Назарбаев']],
    ['разговор с С.Жапаровым не планируется', ['Жапаров']],
    ['Вице-спикер Гульмира Исимбаева прокомментировала', ['Гульмира Исимбаева']],
    ['прилетел Юрий Долгорукий', ['Юрий Долгорукий']],
    ['памятник Юрию Долгорукому', ['Юрий Долгорукий']],
    ['встреча со Львом Яшиным', ['Лев Яшин']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // not persons: organisations, media, parties, places, streets, acronyms, sentence-initial words
    'Об этом передает КНИА «Кабар».',
    'Радио «Азаттык» сообщило об этом, пишет Газета.Ру.',
    'Руководитель партии "ОСДП" выступил.',
    'В Оше и Бишкеке прошли выборы. Кыргызстан голосует.',
    'Он живет на улице Абая, рядом с проспектом Назарбаева.',
    'Президент Кыргызстана провел встречу с главой ГКНБ.',
    'Аким Алматы в городе с первых дней.',
    'Глава Миссии СНГ отметил успехи.',
  ])('no person in %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('resolves surname-only mentions to the full name, in any case', () => {
    const ps = persons('Садыр Жапаров провел встречу. Жапарова поздравили. Жапарову вручили награду, а Жапаровым довольны.');
    expect(ps).toHaveLength(1);
    expect(ps[0]!.mentions.map((m) => m.surface)).toEqual(['Садыр Жапаров', 'Жапарова', 'Жапарову', 'Жапаровым']);
  });

  it('never merges two people whose first names conflict; a shared surname goes to the nearest preceding full name', () => {
    const text = 'Кабмин во главе с Акылбеком Жапаровым работает. Слухи об отставке Жапарова опровергли. Президент Садыр Жапаров согласен.';
    const ps = persons(text);
    expect(ps.map((p) => p.name)).toEqual(['Акылбек Жапаров', 'Садыр Жапаров']);
    expect(ps[0]!.mentions.map((m) => m.surface)).toEqual(['Акылбеком Жапаровым', 'Жапарова']);
  });

  it('attaches first name + patronymic to the person named in full', () => {
    const ps = persons('Президент Садыр Жапаров приехал. С Садыром Нуркожоевичем мы знакомы давно.');
    expect(ps[0]!.mentions.map((m) => m.surface)).toEqual(['Садыр Жапаров', 'Садыром Нуркожоевичем']);
  });

  it('splits words glued by a lost line break', () => {
    expect(names('© Sputnik / Табылды КадырбековПрезидент Кыргызстана')).toEqual(['Табылды Кадырбеков']);
  });

  it.each([
    ['Садыр Жапаров', 'm'],
    ['Жанара Омарова', 'f'],
    ['Толгонай Стамалиева', 'f'],
  ])('gender of %s is %s', (text, g) => {
    expect(persons(`Вчера ${text} провели встречу.`)[0]?.gender).toBe(g);
  });

  it('every mention offset matches its surface', () => {
    const text = 'Блогер Ринат КИБРАЕВ и аким Амандык Баталов. Баталов не принял Кибраева.';
    for (const p of persons(text)) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });
});

describe('morph: surname and first-name paradigms', () => {
  it.each([
    ['жапаров', 'm', 'жапаров жапарова жапарову жапарова жапаровым жапарове'],
    ['жапарова', 'f', 'жапарова жапаровой жапаровой жапарову жапаровой жапаровой'],
    ['желдыбай', 'm', 'желдыбай желдыбая желдыбаю желдыбая желдыбаем желдыбае'],
    ['рахмон', 'm', 'рахмон рахмона рахмону рахмона рахмоном рахмоне'],
    ['вааль', 'f', 'вааль вааль вааль вааль вааль вааль'],
    ['лукашенко', 'm', 'лукашенко лукашенко лукашенко лукашенко лукашенко лукашенко'],
    ['нурланулы', 'm', 'нурланулы нурланулы нурланулы нурланулы нурланулы нурланулы'],
    ['станиславский', 'm', 'станиславский станиславского станиславскому станиславского станиславским станиславском'],
  ] as const)('surname %s (%s)', (lemma, g, forms) => {
    expect(surnameForms(lemma, g)!.join(' ')).toBe(forms);
  });

  it.each([
    ['садыр', 'm', 'садыр садыра садыру садыра садыром садыре'],
    ['жанара', 'f', 'жанара жанары жанаре жанару жанарой жанаре'],
    ['мария', 'f', 'мария марии марии марию марией марии'],
    ['сергей', 'm', 'сергей сергея сергею сергея сергеем сергее'],
    ['эмомали', 'm', 'эмомали эмомали эмомали эмомали эмомали эмомали'],
  ] as const)('first name %s (%s)', (lemma, g, forms) => {
    expect(firstNameForms(lemma, g).join(' ')).toBe(forms);
  });

  it.each([
    ['омарова', ['омаров:m', 'омарова:f']],
    ['жукела', ['жукел:m']],
  ])('%s may come from %j', (surface, lemmas) => {
    const got = analyseSurname(surface).map((r) => `${r.lemma}:${r.gender}`);
    for (const l of lemmas) expect(got).toContain(l);
  });
});
