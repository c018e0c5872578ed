import { describe, expect, it } from 'vitest';
import { ROLE_HEADS, roleFormCases, roleHeadOf } from '../../lib/extract/lexicon/roles';
import { extractRoles } from '../../lib/extract/roles';
import { analyse, nameOf, type TestPerson } from './helpers';

describe('roleHeadOf', () => {
  it.each([
    ['аким', 'аким', true, false],
    ['акима', 'аким', true, false],
    ['Акиму', 'аким', true, false],
    ['мэром', 'мэр', true, false],
    ['президента', 'президент', true, false],
    ['главой', 'глава', true, false],
    ['председателю', 'председатель', true, false],
    ['посла', 'посол', true, false],
    ['судьёй', 'судья', true, false],
    ['премьер-министра', 'премьер-министр', true, false],
    ['пресс-секретарю', 'пресс-секретарь', true, false],
    ['замминистра', 'замминистра', true, false],
    ['хокимом', 'хоким', true, false],
    ['Экс-президента', 'президент', true, true],
    ['блогера', 'блогер', false, false],
    ['политологом', 'политолог', false, false],
    ['журналистки', 'журналистка', false, false],
  ])('%s → %s', (form, lemma, official, former) => {
    expect(roleHeadOf(form)).toEqual({ lemma, official, former });
  });
  it.each(['Токаев', 'город', 'глав', 'министры', ''])('%s is not a role head', (form) => {
    expect(roleHeadOf(form)).toBeNull();
  });
  it('lists lemmas in lowercase nominative', () => {
    for (const lemma of Object.keys(ROLE_HEADS)) {
      expect(lemma).toBe(lemma.toLowerCase());
      expect(roleHeadOf(lemma)?.lemma).toBe(lemma);
    }
  });
});

describe('roleFormCases', () => {
  it.each([
    ['министр', 'министр', ['nom']],
    ['министра', 'министр', ['gen', 'acc']],
    ['министру', 'министр', ['dat']],
    ['министром', 'министр', ['ins']],
    ['министре', 'министр', ['loc']],
    ['председателем', 'председатель', ['ins']],
    ['председателя', 'председатель', ['gen', 'acc']],
    ['главы', 'глава', ['gen']],
    ['главе', 'глава', ['dat', 'loc']],
    ['главу', 'глава', ['acc']],
    ['главой', 'глава', ['ins']],
    ['судьёй', 'судья', ['ins']],
    ['Экс-президента', 'президент', ['gen', 'acc']],
    ['премьер-министру', 'премьер-министр', ['dat']],
    ['послом', 'посол', ['ins']],
    ['посла', 'посол', ['gen', 'acc']],
  ])('%s (%s) → %j', (form, lemma, cases) => {
    expect(roleFormCases(form, lemma)).toEqual(cases);
  });
  it.each([
    ['министерство', 'министр'],
    ['министрами', 'министр'],
    ['мэр', 'министр'],
  ])('%s (%s) does not tell', (form, lemma) => {
    expect(roleFormCases(form, lemma)).toBeNull();
  });
});

type Row = [pattern: string, text: string, people: TestPerson[], expected: Array<[name: string, title: string, former: boolean]>];

const mamb: TestPerson = { name: 'Алмаз Мамбетов', forms: ['Алмаз Мамбетов', 'Мамбетов', 'Мамбетова'] };
const omar: TestPerson = { name: 'Жолан Омаров', forms: ['Жолана ОМАРОВА'] };

describe('extractRoles', () => {
  it.each<Row>([
    ['before name', 'Мэр города Ош Алмаз Мамбетов встретился с журналистами.', [mamb], [['Алмаз Мамбетов', 'мэр города Ош', false]]],
    [
      '"и" + a new role is another person\'s',
      'Председатель КНР Ли Вэй и российский президент Иван Петров подписали договор.',
      [{ name: 'Иван Петров', forms: ['Иван Петров'] }],
      [['Иван Петров', 'российский президент', false]],
    ],

    [
      'participle: занимавший пост',
      'Иван Петров, ранее занимавший пост министра энергетики, выступил.',
      [{ name: 'Иван Петров', forms: ['Иван Петров', 'Иваном Петровым'] }],
      [['Иван Петров', 'министр энергетики', true]],
    ],
    [
      'participle in another case',
      'Встреча с Иваном Петровым, работавшим мэром Оша, прошла вчера.',
      [{ name: 'Иван Петров', forms: ['Иван Петров', 'Иваном Петровым'] }],
      [['Иван Петров', 'мэр Оша', true]],
    ],

    // case agreement: a role noun and the name after it agree in apposition; a name in another case is the
    // role's complement (someone else's role)
    [
      'agreeing dative apposition',
      'Вопрос задали министру энергетики Ивану Петрову.',
      [{ name: 'Иван Петров', forms: ['Ивану Петрову'] }],
      [['Иван Петров', 'министр энергетики', false]],
    ],
    [
      'agreeing instrumental apposition',
      'Встреча с министром энергетики Иваном Петровым прошла вчера.',
      [{ name: 'Иван Петров', forms: ['Иваном Петровым'] }],
      [['Иван Петров', 'министр энергетики', false]],
    ],
    [
      'a dative name after a genitive head across a dash is not the holder',
      'Проект понравился супруге первого президента — Анне Сергеевне.',
      [{ name: 'Анна Петрова', forms: ['Анне'], gender: 'f' }],
      [],
    ],
    [
      'a genitive bare surname after a plural instrumental head is its complement',
      'Иван Петров промолчал, а слухи были опровергнуты официальными представителями Петрова.',
      [{ name: 'Иван Петров', forms: ['Иван Петров', 'Петрова'] }],
      [],
    ],
    [
      'an agreeing bare surname after a plural head holds the role',
      'Иван Петров и Олег Сидоров выступили. Выступления бывших министров Петрова и Сидорова обсуждали.',
      [
        { name: 'Иван Петров', forms: ['Иван Петров', 'Петрова'] },
        { name: 'Олег Сидоров', forms: ['Олег Сидоров', 'Сидорова'] },
      ],
      [
        ['Иван Петров', 'министр', true],
        ['Олег Сидоров', 'министр', true],
      ],
    ],
    [
      'an indeclinable name agrees with any case',
      'Министр встретился с послом Японии Сато Кадзухиро.',
      [{ name: 'Сато Кадзухиро', forms: ['Сато Кадзухиро'] }],
      [['Сато Кадзухиро', 'посол Японии', false]],
    ],
    [
      "a man's surname in -ин is a nominative, whatever gender the person stage guessed",
      'Это подтвердил муж актрисы Сергей Сенин.',
      [{ name: 'Сергей Сенин', forms: ['Сергей Сенин'], gender: 'f' }],
      [],
    ],
    [
      "a woman's indeclinable name in the genitive after a genitive head",
      'Партия поддержала кандидатуру своего председателя Анн Дюпон.',
      [{ name: 'Анн Дюпон', forms: ['Анн Дюпон'], gender: 'f' }],
      [['Анн Дюпон', 'председатель', false]],
    ],
    [
      '"и" + a nominative adjective is not a coordinated complement',
      'Президент и первая леди Анна Петрова посетили выставку.',
      [{ name: 'Анна Петрова', forms: ['Анна Петрова'], gender: 'f' }],
      [],
    ],
    [
      '"и" + a genitive is a coordinated complement',
      'Министр культуры и информации Иван Петров выступил.',
      [{ name: 'Иван Петров', forms: ['Иван Петров'] }],
      [['Иван Петров', 'министр культуры и информации', false]],
    ],
    [
      'foreign proper name with a lowercase word',
      'Как отметил депутат Маджлиси намояндагон Иван Петров, закон примут.',
      [{ name: 'Иван Петров', forms: ['Иван Петров'] }],
      [['Иван Петров', 'депутат Маджлиси намояндагон', false]],
    ],

    [
      'headed by: во главе с',
      'Ходят слухи об отставке правительства во главе с Иваном Петровым.',
      [{ name: 'Иван Петров', forms: ['Иван Петров', 'Иваном Петровым'] }],
      [['Иван Петров', 'глава правительства', false]],
    ],
    [
      'headed by: возглавляемый',
      'Правительство, возглавляемое Иваном Петровым, ушло в отставку.',
      [{ name: 'Иван Петров', forms: ['Иван Петров', 'Иваном Петровым'] }],
      [['Иван Петров', 'глава Правительства', false]],
    ],

    [
      'plain adjective after a title adjective',
      'Главный санитарный врач Иван Петров выступил.',
      [{ name: 'Иван Петров', forms: ['Иван Петров', 'Ивана Петрова'] }],
      [['Иван Петров', 'главный санитарный врач', false]],
    ],
    [
      'plain adjective alone is not in the title',
      'Новый мэр Бишкека Иван Петров выступил.',
      [{ name: 'Иван Петров', forms: ['Иван Петров', 'Ивана Петрова'] }],
      [['Иван Петров', 'мэр Бишкека', false]],
    ],
    [
      '"тогдашний" makes it former',
      'Он требовал отставки тогдашнего министра Ивана Петрова.',
      [{ name: 'Иван Петров', forms: ['Иван Петров', 'Ивана Петрова'] }],
      [['Иван Петров', 'министр', true]],
    ],

    [
      'acting: и.о.',
      'И.о. министра финансов Иван Петров приехал.',
      [{ name: 'Иван Петров', forms: ['Иван Петров'] }],
      [['Иван Петров', 'и.о. министра финансов', false]],
    ],
    [
      'acting: исполняющий обязанности',
      'Временно исполняющий обязанности акима города Иван Петров сказал.',
      [{ name: 'Иван Петров', forms: ['Иван Петров'] }],
      [['Иван Петров', 'временно исполняющий обязанности акима города', false]],
    ],
    [
      'appointed to a post',
      'Иван Петров назначен на должность акима Алматы.',
      [{ name: 'Иван Петров', forms: ['Иван Петров'] }],
      [['Иван Петров', 'аким Алматы', false]],
    ],
    [
      'dismissed from a post',
      'Иван Петров освобожден от должности министра энергетики.',
      [{ name: 'Иван Петров', forms: ['Иван Петров'] }],
      [['Иван Петров', 'министр энергетики', true]],
    ],
    [
      'two roles joined by a dash',
      'Председатель Кабинета министров — руководитель Администрации Президента Иван Петров прибыл.',
      [{ name: 'Иван Петров', forms: ['Иван Петров'] }],
      [
        ['Иван Петров', 'председатель Кабинета министров', false],
        ['Иван Петров', 'руководитель Администрации президента', false],
      ],
    ],
    [
      '"кандидат в президенты" is not "президент"',
      'Кандидат в президенты Иван Петров выступил.',
      [{ name: 'Иван Петров', forms: ['Иван Петров'] }],
      [['Иван Петров', 'кандидат в президенты', false]],
    ],

    [
      'before name, genitive',
      'Он выступил перед населением акима Талгарского района Жолана ОМАРОВА.',
      [omar],
      [['Жолан Омаров', 'аким Талгарского района', false]],
    ],
    [
      'role chain',
      'Пресс-секретарь акима Алматинской области Иван Петров ответил.',
      [{ name: 'Иван Петров', forms: ['Иван Петров'] }],
      [['Иван Петров', 'пресс-секретарь акима Алматинской области', false]],
    ],
    [
      'quoted party name',
      'Руководитель филиала партии "Нур" Иван Петров пришел.',
      [{ name: 'Иван Петров', forms: ['Иван Петров'] }],
      [['Иван Петров', 'руководитель филиала партии "Нур"', false]],
    ],
    [
      'title adjective',
      'Ответил первый заместитель акима области Иван Петров.',
      [{ name: 'Иван Петров', forms: ['Иван Петров'] }],
      [['Иван Петров', 'первый заместитель акима области', false]],
    ],
    [
      'former by prefix',
      'Бывший министр финансов Иван Петров уехал.',
      [{ name: 'Иван Петров', forms: ['Иван Петров'] }],
      [['Иван Петров', 'министр финансов', true]],
    ],
    [
      'after name',
      'Иван Петров, министр труда, заявил об этом.',
      [{ name: 'Иван Петров', forms: ['Иван Петров'] }],
      [['Иван Петров', 'министр труда', false]],
    ],
    [
      'as role',
      'Петров как президент страны подписал указ.',
      [{ name: 'Иван Петров', forms: ['Петров'] }],
      [['Иван Петров', 'президент страны', false]],
    ],
    ['predicate with pronoun', 'У Мамбетова есть опыт — ранее он был мэром Балыкчы.', [mamb], [['Алмаз Мамбетов', 'мэр Балыкчы', true]]],
    [
      'predicate, coordinated',
      'Иван Петров был советником Президента и вице-министром культуры и информации.',
      [{ name: 'Иван Петров', forms: ['Иван Петров'] }],
      [
        ['Иван Петров', 'советник президента', true],
        ['Иван Петров', 'вице-министр культуры и информации', true],
      ],
    ],
    [
      'headed, later role makes it former',
      'Мамбетов возглавил Государственную регистрационную службу. Потом он был избран мэром Оша.',
      [mamb],
      [
        ['Алмаз Мамбетов', 'глава Государственной регистрационной службы', true],
        ['Алмаз Мамбетов', 'мэр Оша', false],
      ],
    ],
    [
      'plural before names',
      'Об этом писали при бывших президентах республики Сергее Сидорове и Олеге Орлове.',
      [
        { name: 'Сергей Сидоров', forms: ['Сергее Сидорове'] },
        { name: 'Олег Орлов', forms: ['Олеге Орлове'] },
      ],
      [
        ['Сергей Сидоров', 'президент республики', true],
        ['Олег Орлов', 'президент республики', true],
      ],
    ],
    [
      'non-official',
      'Блогер Ринат КИБРАЕВ задал вопрос.',
      [{ name: 'Ринат Кибраев', forms: ['Ринат КИБРАЕВ'] }],
      [['Ринат Кибраев', 'блогер', false]],
    ],
    ['genitive name after nominative head is not apposition', 'Пресс-секретарь Мамбетова сообщила новость.', [mamb], []],
    ['role noun alone is no role', 'Глава государства поблагодарил Мамбетова.', [mamb], []],
    ['preposition "после" is not "посол"', 'После встречи Мамбетов уехал.', [mamb], []],
  ])('%s', (_p, text, people, expected) => {
    const a = analyse(text, people);
    const got = extractRoles(a).map((r) => [nameOf(a, r.personKey), r.title, r.former]);
    expect(got).toEqual(expected);
    for (const r of extractRoles(a)) expect(r.end).toBeGreaterThan(r.start);
  });

  it('marks official and non-official roles', () => {
    const a = analyse('Блогер Ринат Кибраев и аким района Иван Петров.', [
      { name: 'Ринат Кибраев', forms: ['Ринат Кибраев'] },
      { name: 'Иван Петров', forms: ['Иван Петров'] },
    ]);
    expect(extractRoles(a).map((r) => r.official)).toEqual([false, true]);
  });

  it('ignores text outside the body', () => {
    const text = 'Мэр Оша Алмаз Мамбетов\nТекст статьи.';
    const a = analyse(text, [mamb], [{ start: text.indexOf('Текст'), end: text.length }]);
    expect(extractRoles(a)).toEqual([]);
  });
});

describe('extractRoles: first person in one’s own quote', () => {
  it.each<Row>([
    [
      'я работал ROLE',
      '«Город я знаю хорошо, я работал вице-мэром три года», — сказал Иван Петров.',
      [{ name: 'Иван Петров', forms: ['Иван Петров'] }],
      [['Иван Петров', 'вице-мэр', true]],
    ],
    [
      'not in narration',
      'Я работал вице-мэром, говорят многие. Иван Петров молчит.',
      [{ name: 'Иван Петров', forms: ['Иван Петров'] }],
      [],
    ],
  ])('%s', (_p, text, people, expected) => {
    const a = analyse(text, people);
    expect(extractRoles(a).map((r) => [nameOf(a, r.personKey), r.title, r.former])).toEqual(expected);
  });
});
