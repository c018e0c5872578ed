import { describe, expect, it } from 'vitest';
import { speechVerbOf } from '../../lib/extract/lexicon/speech-verbs';
import { extractQuotes } from '../../lib/extract/quotes';
import { extractReported } from '../../lib/extract/reported';
import { analyse, nameOf, type TestPerson } from './helpers';

const petrov: TestPerson = { name: 'Иван Петров', forms: ['Иван Петров', 'Ивана Петрова', 'Петров', 'Петрова'] };
const ivanova: TestPerson = { name: 'Анна Иванова', forms: ['Анна Иванова', 'Иванова', 'Ивановой'], gender: 'f' };

type Row = [pattern: string, text: string, people: TestPerson[], expected: Array<[speaker: string, text: string]>];

const reportedOf = (text: string, people: TestPerson[]) => {
  const a = analyse(text, people);
  const rs = extractReported(a);
  for (const r of rs) expect(text.slice(r.start, r.end)).toBe(r.text);
  return rs.map((r) => [nameOf(a, r.personKey), r.text]);
};

describe('extractReported', () => {
  it.each<Row>([
    ['X заявил, что', 'Иван Петров заявил, что выборы прошли честно.', [petrov], [['Иван Петров', 'выборы прошли честно']]],
    ['Со слов X,', 'Со слов Ивана Петрова, мост откроют в мае.', [petrov], [['Иван Петров', 'мост откроют в мае']]],
    ['С его слов,', 'Иван Петров приехал в Ош. С его слов, мост откроют в мае.', [petrov], [['Иван Петров', 'мост откроют в мае']]],
    [
      '"Эксперт считает, что" is the political scientist named before',
      'По мнению политолога Ивана Петрова, реформа нужна. Эксперт считает, что она пройдет быстро.',
      [petrov],
      [
        ['Иван Петров', 'реформа нужна'],
        ['Иван Петров', 'она пройдет быстро'],
      ],
    ],
    [
      '"Об этом сообщил X" after "По словам X, …" adds nothing',
      'По словам Ивана Петрова, мост сократит путь. Об этом сообщил Петров.',
      [petrov],
      [['Иван Петров', 'мост сократит путь']],
    ],
    [
      'CLAUSE, – verb X',
      'Работы начнутся в сентябре, – сообщил Иван Петров журналистам.',
      [petrov],
      [['Иван Петров', 'Работы начнутся в сентябре']],
    ],
    ['CLAUSE, — verb X', 'Работы начнутся в сентябре, — сообщил Петров.', [petrov], [['Иван Петров', 'Работы начнутся в сентябре']]],
    ['a whole two-word clause', 'Иван Петров заявил, что реформа продолжится.', [petrov], [['Иван Петров', 'реформа продолжится']]],
    [
      'a two-word clause before a new attribution',
      'Иван Петров заявил, что цены вырастут, а Анна Иванова сообщила, что зарплаты тоже поднимут.',
      [petrov, ivanova],
      [
        ['Иван Петров', 'цены вырастут'],
        ['Анна Иванова', 'зарплаты тоже поднимут'],
      ],
    ],
    [
      'words between verb and "что"',
      'Иван Петров сообщил журналистам, что мост откроют в мае.',
      [petrov],
      [['Иван Петров', 'мост откроют в мае']],
    ],
    [
      'verb with object',
      'Иван Петров выразил уверенность, что кризис скоро закончится.',
      [petrov],
      [['Иван Петров', 'кризис скоро закончится']],
    ],
    [
      'pronoun subject',
      'Иван Петров приехал в Ош. Он напомнил, что город готов к зиме.',
      [petrov],
      [['Иван Петров', 'город готов к зиме']],
    ],
    [
      'feminine pronoun',
      'Анна Иванова выступила на сессии. Она отметила, что бюджет вырос вдвое.',
      [ivanova],
      [['Анна Иванова', 'бюджет вырос вдвое']],
    ],
    [
      'first "что" only',
      'Анна Иванова заявила, что считает, что врачи получат прибавку к зарплате.',
      [ivanova],
      [['Анна Иванова', 'считает, что врачи получат прибавку к зарплате']],
    ],
    ['По словам X', 'По словам Петрова, ремонт завершат к осени.', [petrov], [['Иван Петров', 'ремонт завершат к осени']]],
    [
      'По его мнению',
      'Иван Петров выступил первым. По его мнению, реформа назрела давно.',
      [petrov],
      [['Иван Петров', 'реформа назрела давно']],
    ],
    [
      'Как утверждает X',
      'Как утверждает Иван Петров, за два года сменились три акима.',
      [petrov],
      [['Иван Петров', 'за два года сменились три акима']],
    ],
    [
      'CLAUSE, добавила X',
      'Переговоры пройдут в мае в столице, добавила Анна Иванова.',
      [ivanova],
      [['Анна Иванова', 'Переговоры пройдут в мае в столице']],
    ],
    [
      'Об этом заявил X',
      'Граница будет закрыта до понедельника. Об этом заявил министр Иван Петров.',
      [petrov],
      [['Иван Петров', 'Граница будет закрыта до понедельника']],
    ],
    [
      'X ответил, что',
      'Иван Петров ответил, что дороги строили при прежней власти.',
      [petrov],
      [['Иван Петров', 'дороги строили при прежней власти']],
    ],
    [
      'media credit dropped',
      'Иван Петров сообщил, что дороги отремонтируют летом, передает корреспондент агентства.',
      [petrov],
      [['Иван Петров', 'дороги отремонтируют летом']],
    ],
    [
      'keeps inner «…», stops at the next attribution',
      'Он напомнил, что «беспорядки и перевороты» происходили из-за выборов, также он отметил, что систему надо менять. Иван Петров ушел.',
      [petrov],
      [],
    ],
    [
      'keeps inner «…», stops at the next attribution (named)',
      'Иван Петров напомнил, что «беспорядки и перевороты» происходили из-за выборов, также он отметил, что систему надо менять целиком.',
      [petrov],
      [
        ['Иван Петров', '«беспорядки и перевороты» происходили из-за выборов'],
        ['Иван Петров', 'систему надо менять целиком'],
      ],
    ],
    [
      'role noun subject',
      'Аким области Иван Петров провел прием. Позже аким сообщил, что дороги починят летом.',
      [petrov],
      [['Иван Петров', 'дороги починят летом']],
    ],
    [
      'inside a quote by another speaker',
      '«У нас Иван Петров объявлял, что выборы будут в срок», — сказала Анна Иванова.',
      [petrov, ivanova],
      [['Иван Петров', 'выборы будут в срок']],
    ],
  ])('%s', (_p, text, people, expected) => {
    expect(reportedOf(text, people)).toEqual(expected);
  });

  it.each<Row>([
    ['police, no person', 'Иван Петров задержан. В полиции сообщили, что подозреваемый дал показания.', [petrov], []],
    ['press service', 'Пресс-служба Ивана Петрова сообщила, что визит отложен.', [petrov], []],
    ['plural subject', 'Иван Петров вышел. Депутаты заявили, что закон примут осенью.', [petrov], []],
    ['a clause that is only a quote is the quote alone', 'Иван Петров отметил, что «нужно сломать эту систему».', [petrov], []],
    ['media attribution is not a person', 'Иван Петров подписал указ, передает ТАСС.', [petrov], []],
    ['too short to say anything', 'По мнению Петрова, все за', [petrov], []],
    ['", — verb X" closing a dialogue line is a quote\'s', '— Работы идут. А сроки назвать трудно, — сказал Иван Петров.', [petrov], []],
    ['a two-word clause cut off by the excerpt', 'Иван Петров заявил, что реформа', [petrov], []],
  ])('no statement: %s', (_p, text, people, expected) => {
    expect(reportedOf(text, people)).toEqual(expected);
  });

  it('a clause that is only a quote still gives the quote', () => {
    const a = analyse('Иван Петров отметил, что «нужно сломать эту систему».', [petrov]);
    expect(extractQuotes(a).map((q) => q.text)).toEqual(['нужно сломать эту систему']);
  });
});

describe('speechVerbOf', () => {
  it.each([
    ['сказал', 'сказал', 'm'],
    ['сказала', 'сказал', 'f'],
    ['сказали', 'сказал', 'pl'],
    ['Заявила', 'заявил', 'f'],
    ['высказалась', 'высказался', 'f'],
    ['считает', 'считает', null],
    ['говорят', 'говорят', 'pl'],
    ['уверена', 'уверена', 'f'],
  ])('%s → %s (%s)', (form, lemma, gender) => {
    expect(speechVerbOf(form)).toEqual({ lemma, gender });
  });
  it.each(['сказка', 'заявление', 'город', 'говорилка'])('%s is not a speech verb', (w) => {
    expect(speechVerbOf(w)).toBeNull();
  });
});

describe('extractReported: clause boundaries', () => {
  it('stops before a second speaker in the same sentence', () => {
    const text =
      'Иван Петров назвал визит печальным, что он «очень огорчает», а министр Анна Иванова отметила, что поступок ранит чувства людей.';
    expect(reportedOf(text, [petrov, ivanova])).toEqual([
      ['Иван Петров', 'он «очень огорчает»'],
      ['Анна Иванова', 'поступок ранит чувства людей'],
    ]);
  });
});

describe('extractReported: speakers', () => {
  const ergashev: TestPerson = { name: 'Бахтиёр Эргашев', forms: ['Бахтиёра Эргашева', 'Бахтиёр Эргашев'] };
  it.each<Row>([
    [
      'По мнению ROLE X',
      'По мнению экономиста Бахтиёра Эргашева, реформа даст эффект через три года.',
      [ergashev],
      [['Бахтиёр Эргашев', 'реформа даст эффект через три года']],
    ],
    [
      'media name between verb and "что"',
      'Адвокат Иван Петров рассказал «Азаттыку», что его подзащитный чувствует себя хорошо.',
      [petrov],
      [['Иван Петров', 'его подзащитный чувствует себя хорошо']],
    ],
    [
      '"Об этом" after an attributed sentence adds nothing',
      'Иван Петров заявил, что документ будет доработан. Об этом он сообщил на брифинге в четверг.',
      [petrov],
      [['Иван Петров', 'документ будет доработан']],
    ],
  ])('%s', (_p, text, people, expected) => {
    expect(reportedOf(text, people)).toEqual(expected);
  });
});

describe('extractReported: pronouns', () => {
  const sidorov: TestPerson = { name: 'Сергей Сидоров', forms: ['Сергей Сидоров'] };
  it.each<Row>([
    [
      'subject earlier in the same sentence',
      'Сергей Сидоров открыл заседание. Иван Петров выступил с заявлением: он сообщил, что его не пустили на заседание.',
      [petrov, sidorov],
      [['Иван Петров', 'его не пустили на заседание']],
    ],
    [
      '"по его словам" looks to earlier sentences only',
      'Иван Петров ответил на вопросы. Сергей Сидоров По его словам, решение примут завтра утром.',
      [petrov, sidorov],
      [['Иван Петров', 'решение примут завтра утром']],
    ],
  ])('%s', (_p, text, people, expected) => {
    expect(reportedOf(text, people)).toEqual(expected);
  });
});

describe('extractReported: unknown role noun', () => {
  it('an unheld role noun as the subject of reported speech gives no statement', () => {
    const text = 'Иван Петров заявил, что комендантский час продлят. Днем заместитель главы армии сообщил, что ограничения снимут завтра.';
    expect(reportedOf(text, [petrov])).toEqual([['Иван Петров', 'комендантский час продлят']]);
  });
});

describe('extractReported: gerunds', () => {
  it('"…, добавив, что …" shares the subject of the main verb', () => {
    const text = 'Иван Петров заявил, что переговоры продолжатся в мае, добавив, что стороны близки к соглашению.';
    expect(reportedOf(text, [petrov])).toEqual([
      ['Иван Петров', 'переговоры продолжатся в мае'],
      ['Иван Петров', 'стороны близки к соглашению'],
    ]);
  });
});

describe('extractReported: "…, как заявил X."', () => {
  it('takes the clause before the closing attribution', () => {
    expect(reportedOf('Ситуация на границе остается стабильной, как заявил Иван Петров.', [petrov])).toEqual([
      ['Иван Петров', 'Ситуация на границе остается стабильной'],
    ]);
  });
});
