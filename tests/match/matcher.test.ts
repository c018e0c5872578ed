import { describe, expect, it } from 'vitest';
import type { Person } from '../../lib/extract/pack';
import { buildMatchIndex, INDEX_VERSION, type MatchHit, type MatchIndex, matchDocument, matchStream, matchText } from '../../lib/match';

const person = (id: string, name: string, extra: Partial<Person> = {}): Person => ({
  id,
  name,
  official: true,
  gender: null,
  variants: [],
  ...extra,
});

const PERSONS: Person[] = [
  person('sadyr', 'Садыр Жапаров', { patronymic: 'Нуркожоевич' }),
  person('tokaev', 'Касым-Жомарт Токаев'),
  person('putin', 'Владимир Путин'),
  person('atambaev', 'Алмазбек Атамбаев'),
  person('lebedev', 'Сергей Лебедев'),
  person('batalov', 'Амандык Баталов'),
  person('aigul', 'Айгуль Сатыбалдиева', { gender: 'f' }),
  person('rakhmon', 'Эмомали Рахмон'),
  person('nurlan', 'Нурлан Садыр уулу'),
  person('jukel', 'Галымурат Жукел'),
  person('osh', 'Иван Ош'),
  person('said', 'Карим Саид'),
  person('mirziyoyev', 'Шавкат Мирзиёев'),
  person('fyodor', 'Фёдор Ткачёв'),
];
const INDEX = buildMatchIndex(PERSONS);

/** The matched surfaces with their person ("?" when ambiguous), in text order. */
const found = (hits: MatchHit[], text: string): string[] =>
  hits.map((h) => `${text.slice(h.start, h.end)}=${h.personId ?? `?${h.candidates.join('|')}`}`);
const run = (text: string, index: MatchIndex = INDEX): string[] => found(matchText(index, text), text);

describe('surface forms of a known person (one row per form)', () => {
  it.each([
    // full name, six cases, both orders, with patronymic
    ['Вчера Садыр Жапаров прибыл.', ['Садыр Жапаров=sadyr']],
    ['Встреча с Садыром Жапаровым прошла.', ['Садыром Жапаровым=sadyr']],
    ['Письмо Садыру Жапарову вручено.', ['Садыру Жапарову=sadyr']],
    ['Визит Садыра Жапарова начался.', ['Садыра Жапарова=sadyr']],
    ['Говорили о Садыре Жапарове.', ['Садыре Жапарове=sadyr']],
    ['Вчера Жапаров Садыр прибыл.', ['Жапаров Садыр=sadyr']],
    ['Вчера Садыр Нуркожоевич Жапаров прибыл.', ['Садыр Нуркожоевич Жапаров=sadyr']],
    ['Встреча с Садыром Нуркожоевичем Жапаровым.', ['Садыром Нуркожоевичем Жапаровым=sadyr']],
    ['Вчера Жапаров Садыр Нуркожоевич прибыл.', ['Жапаров Садыр Нуркожоевич=sadyr']],
    // initials in every position and spacing
    ['Вчера С. Жапаров прибыл.', ['С. Жапаров=sadyr']],
    ['Разговор с С.Жапаровым не планируется.', ['С.Жапаровым=sadyr']],
    ['Вчера С.Н. Жапаров прибыл.', ['С.Н. Жапаров=sadyr']],
    ['Подписал Жапаров С.Н. вчера.', ['Жапаров С.Н.=sadyr']],
    ['Подписал Жапаров С. вчера.', ['Жапаров С.=sadyr']],
    ['Вчера А. Жапаров прибыл.', []],
    // double first name: second part declined (press) and both parts declined
    ['Встреча с Касым-Жомартом Токаевым.', ['Касым-Жомартом Токаевым=tokaev']],
    ['Встреча с Касымом-Жомартом Токаевым.', ['Касымом-Жомартом Токаевым=tokaev']],
    ['Письмо Касым-Жомарту ТОКАЕВУ вручено.', ['Касым-Жомарту ТОКАЕВУ=tokaev']],
    ['Визит Касым\u2013Жомарта\u00A0Токаева начался.', ['Касым\u2013Жомарта\u00A0Токаева=tokaev']],
    ['Қасым-Жомарт Тоқаев выступил.', ['Қасым-Жомарт Тоқаев=tokaev']],
    ['Кассым-Жомарт Токаев выступил.', ['Кассым-Жомарт Токаев=tokaev']],
    ['Встреча с Садыром Джапаровым прошла.', ['Садыром Джапаровым=sadyr']],
    ['Заявление Джапарова опубликовано.', ['Джапарова=sadyr']],
    ['Касым Жомарт Токаев выступил.', ['Касым Жомарт Токаев=tokaev']],
    // female surname declined as an adjective; first name consonant-final feminine
    ['Отчёт Айгуль Сатыбалдиевой принят.', ['Айгуль Сатыбалдиевой=aigul']],
    ['Отчёт представила Сатыбалдиева вчера.', ['Сатыбалдиева=aigul']],
    // indeclinable and Central Asian surnames
    ['Указ Нурлана Садыр уулу вышел.', ['Нурлана Садыр уулу=nurlan']],
    ['Сказал Галымурат ЖУКЕЛ на встрече.', ['Галымурат ЖУКЕЛ=jukel']],
    ['Переговоры с Эмомали Рахмоном прошли.', ['Эмомали Рахмоном=rakhmon']],
    // role word next to a bare surname
    ['Вчера президент Токаев подписал указ.', ['Токаев=tokaev']],
    ['Аким Баталов провёл совещание.', ['Баталов=batalov']],
    ['Указ президента Казахстана Токаева вступил в силу.', ['Токаева=tokaev']],
    // bare surname, capitalised, mid-sentence
    ['Об этом сообщил Атамбаев журналистам.', ['Атамбаев=atambaev']],
    ['Заявление Атамбаева опубликовано.', ['Атамбаева=atambaev']],
  ])('%s', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('Latin script', () => {
  it.each([
    ['President Sadyr Japarov said on Monday.', ['Sadyr Japarov=sadyr']],
    ['Sadyr Zhaparov met the delegation.', ['Sadyr Zhaparov=sadyr']],
    ['Talks with Kassym-Jomart Tokayev ended.', ['Kassym-Jomart Tokayev=tokaev']],
    ['Talks with Kasym-Zhomart Tokaev ended.', ['Kasym-Zhomart Tokaev=tokaev']],
    ["It was Tokayev's decision.", ["Tokayev's=tokaev"]],
    ['Former president Almazbek Atambayev was detained.', ['Almazbek Atambayev=atambaev']],
    ['Vladimir Putin called.', ['Vladimir Putin=putin']],
    ['S. Japarov signed the law.', ['S. Japarov=sadyr']],
    ['A. Japarov signed the law.', []],
    ['Japarov said on Monday.', ['Japarov=sadyr']],
    ['Said the minister: no.', []],
    ['Qasym-Jomart Toqaev spoke.', ['Qasym-Jomart Toqaev=tokaev']],
    ['Kassym Jomart Tokayev spoke.', ['Kassym Jomart Tokayev=tokaev']],
    // ё is "yo" in Latin: the index keeps it although Cyrillic matching folds it to е
    ['Shavkat Mirziyoyev spoke.', ['Shavkat Mirziyoyev=mirziyoyev']],
    ['MIRZIYOYEV spoke.', ['MIRZIYOYEV=mirziyoyev']],
    ['Fyodor Tkachyov spoke.', ['Fyodor Tkachyov=fyodor']],
    ['Fedor Tkachev spoke.', ['Fedor Tkachev=fyodor']],
  ])('%s', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('case and letter folding', () => {
  it.each([
    ['ВСТРЕЧА С САДЫРОМ ЖАПАРОВЫМ', ['САДЫРОМ ЖАПАРОВЫМ=sadyr']],
    ['Встреча с садыром жапаровым', []],
    ['Лёгкий визит Атамбаева', ['Атамбаева=atambaev']],
    ['Встреча с Садыром Жапа\u00ADровым (soft hyphen)', ['Садыром Жапа\u00ADровым=sadyr']],
    ['Встреча с Садыром\u200B Жапаровым\u200B (zero-width)', ['Садыром\u200B Жапаровым\u200B=sadyr']],
  ])('%s', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('false friends (negative rows)', () => {
  it.each([
    ['lowercase common word', 'Началась путина на Амуре.', []],
    ['sentence-initial capitalised common word', 'Путина на Амуре началась рано.', []],
    ['place that is also a surname', 'Мэр города Ош открыл парк. Ош вырос.', []],
    ['place that is also a surname, right after a role word', 'Аким Ош открыл парк.', []],
    ['first name alone', 'Садыр прибыл на встречу.', []],
    ['different first name with a known surname', 'Вчера Александр Лебедев заявил.', []],
    ['different Central Asian first name the lexicon lacks', 'Вчера Мыктынбек Жапаров заявил. Жапаров уехал.', []],
    ['different Turkmen first name the lexicon lacks', 'Вчера Гурбангулы Жапаров заявил.', []],
    ['bare surname after a different person', 'Вчера Александр Лебедев заявил. Позже Лебедев уехал.', []],
    ['a street named after a person', 'Пробка на проспекте Атамбаева и на ул. Садыра Жапарова.', []],
    ['female form of a male surname', 'Об этом сообщила Атамбаевой подруга.', []],
  ])('%s', (_label, text, expected) => {
    expect(run(text)).toEqual(expected);
  });
  it('the same surname after the known person resolves to them, and to the nearest full mention', () => {
    const text = 'Сергей Лебедев выступил. Лебедев ушёл. Александр Лебедев пришёл. Лебедев остался.';
    expect(run(text)).toEqual(['Сергей Лебедев=lebedev', 'Лебедев=lebedev']);
  });
  it('a sentence-initial oblique form needs page evidence', () => {
    expect(run('Путина поздравили коллеги.')).toEqual([]);
    expect(run('Владимир Путин выступил. Путина поздравили коллеги.')).toEqual(['Владимир Путин=putin', 'Путина=putin']);
  });
  it('a sentence-initial nominative surname with a surname shape is taken', () => {
    expect(run('Атамбаев заявил об этом.')).toEqual(['Атамбаев=atambaev']);
  });
});

describe('two known persons with one surname', () => {
  const idx = buildMatchIndex([person('sadyr', 'Садыр Жапаров'), person('akylbek', 'Акылбек Жапаров')]);
  it('a bare surname goes to the person named in full before it', () => {
    const text = 'Кабмин во главе с Акылбеком Жапаровым. Пост Жапарова. Президент Садыр Жапаров. Жапаров подписал.';
    expect(run(text, idx)).toEqual(['Акылбеком Жапаровым=akylbek', 'Жапарова=akylbek', 'Садыр Жапаров=sadyr', 'Жапаров=sadyr']);
  });
  it('a first name right before the surname wins over a first name one word further', () => {
    expect(run('Вчера Акылбек Садыр Жапаров прибыл.', idx)).toEqual(['Садыр Жапаров=sadyr']);
  });
  it('with neither named in full it is ambiguous', () => {
    const hits = matchText(idx, 'Вчера Жапаров подписал указ.');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.personId).toBeNull();
    expect(hits[0]!.candidates.sort()).toEqual(['akylbek', 'sadyr']);
  });
});

describe('names of other shapes', () => {
  const idx = buildMatchIndex([
    person('gordon', 'Фил Гордон'),
    person('brown', 'Гордон Браун'),
    person('erdogan', 'Реджеп Эрдоган'),
    person('kan', 'Оливер Кан'),
    person('bhutto', 'Беназир Бхутто', { gender: 'f' }),
    person('surnameOnly', 'Артыкходжаев'),
    person('jukel', 'Мыктынбек Жукел'),
    person('slip', 'Совета Европы'),
  ]);
  it.each([
    ['a first name that is also a known surname belongs to the surname after it', 'Вчера Гордон Браун выступил.', ['Гордон Браун=brown']],
    ['a further given name the pack does not know', 'Премьер Реджеп Тайип Эрдоган прибыл.', ['Реджеп Тайип Эрдоган=erdogan']],
    ['a three-letter surname alone is not enough', 'Об этом сказал Кан журналистам.', []],
    ['a three-letter surname after the full name', 'Оливер Кан вышел. Об этом сказал Кан журналистам.', ['Оливер Кан=kan', 'Кан=kan']],
    [
      'a doubtful person (unknown first name, no surname ending): bare only after the full name',
      'Беназир Бхутто выступила. Потом Бхутто ушла.',
      ['Беназир Бхутто=bhutto', 'Бхутто=bhutto'],
    ],
    ['a doubtful person without the full name on the page', 'Потом Бхутто ушла.', []],
    [
      'a Central Asian first name makes a shapeless surname trustworthy',
      'Вчера Мыктынбек Жукел прибыл. Затем Жукел уехал.',
      ['Мыктынбек Жукел=jukel', 'Жукел=jukel'],
    ],
    ['a doubtful person is not taken on a role word', 'Об этом сказал председатель Европы вчера.', []],
    ['a person known by surname only needs a role word', 'Об этом сказал Артыкходжаев журналистам.', []],
    ['a person known by surname only, with a role word', 'Об этом сказал хоким Артыкходжаев журналистам.', ['Артыкходжаев=surnameOnly']],
  ])('%s', (_label, text, expected) => {
    expect(run(text, idx)).toEqual(expected);
  });
});

describe('page-level evidence across blocks', () => {
  it('a full name in one block resolves a sentence-initial oblique form in another', () => {
    const [a, b] = matchDocument(INDEX, ['Путина поздравили коллеги.', 'Владимир Путин выступил.']);
    expect(a!.map((h) => h.personId)).toEqual(['putin']);
    expect(b!.map((h) => h.strength)).toEqual(['strong']);
  });
  it('a stream matches late blocks with the evidence so far', () => {
    const st = matchStream(INDEX);
    expect(st.add('Вчера Александр Лебедев заявил.')).toEqual([]);
    expect(st.add('Лебедев уехал.')).toEqual([]);
    expect(st.add('Путина поздравили.')).toEqual([]);
    expect(st.add('Владимир Путин выступил.').map((h) => h.personId)).toEqual(['putin']);
    expect(st.resolveAll()[2]!.map((h) => h.personId)).toEqual(['putin']);
  });
});

describe('index', () => {
  it('is plain data: a JSON round trip still matches the same', () => {
    const copy = JSON.parse(JSON.stringify(INDEX)) as MatchIndex;
    const text = 'Встреча с Садыром Жапаровым. Talks with Kassym-Jomart Tokayev. Президент Токаев. Путина поздравили.';
    expect(copy.version).toBe(INDEX_VERSION);
    expect(matchText(copy, text)).toEqual(matchText(INDEX, text));
    expect(matchText(copy, text).length).toBeGreaterThan(2);
    expect(structuredClone(INDEX)).toEqual(INDEX);
  });
  it('refuses an index of another version', () => {
    expect(() => matchText({ ...INDEX, version: 0 }, 'Садыр Жапаров')).toThrow(/version/);
  });
  it('keeps the persons id, name and official flag', () => {
    expect(INDEX.persons.map((p) => p.id)).toEqual(PERSONS.map((p) => p.id));
    expect(INDEX.persons[0]).toMatchObject({ id: 'sadyr', name: 'Садыр Жапаров', official: true });
  });
});
