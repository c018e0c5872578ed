import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../lib/extract/quotes';
import { extractReported } from '../../lib/extract/reported';
import { findQuoteSpans } from '../../lib/extract/speech/quote-spans';
import { analyse, nameOf, type TestPerson } from './helpers';

const petrov: TestPerson = { name: 'Иван Петров', forms: ['Иван Петров', 'Ивана Петрова', 'Петров', 'Петрова', 'Петрову', 'Петровым'] };
const ivanova: TestPerson = { name: 'Анна Иванова', forms: ['Анна Иванова', 'Иванова', 'Ивановой'], gender: 'f' };
const kibraev: TestPerson = { name: 'Ринат Кибраев', forms: ['Ринат Кибраев'] };
const sidorov: TestPerson = { name: 'Сергей Сидоров', forms: ['Сергей Сидоров', 'Сергеем Сидоровым', 'Сергее Сидорове'] };

type Row = [pattern: string, text: string, people: TestPerson[], expected: Array<[speaker: string, text: string]>];

const quotesOf = (text: string, people: TestPerson[]) => {
  const a = analyse(text, people);
  const qs = extractQuotes(a);
  for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
  return qs.map((q) => [nameOf(a, q.personKey), q.text]);
};

describe('extractQuotes: attributed', () => {
  it.each<Row>([
    ['attribution after, name', '«Мы будем работать», — сказал Иван Петров.', [petrov], [['Иван Петров', 'Мы будем работать']]],
    [
      'straight quotes, "- спросил у X Y"',
      '"Почему нас не пустили?", - спросил у Ивана Петрова Ринат Кибраев.',
      [petrov, kibraev],
      [['Ринат Кибраев', 'Почему нас не пустили?']],
    ],
    ['attribution without space ",- считает"', '"Надо работать",- считает Иван Петров.', [petrov], [['Иван Петров', 'Надо работать']]],
    ['pronoun after', 'Иван Петров приехал в город. «Работа идет», — сказал он.', [petrov], [['Иван Петров', 'Работа идет']]],
    [
      'pronoun: the subject, not a name in another case',
      'Иван Петров ответил на вопрос о Сергее Сидорове. «Мы знакомы давно», — сказал он.',
      [petrov, sidorov],
      [['Иван Петров', 'Мы знакомы давно']],
    ],
    [
      'pronoun "она" goes to the woman',
      'Иван Петров и Анна Иванова приехали вместе. «Все хорошо», — сказала она.',
      [petrov, ivanova],
      [['Анна Иванова', 'Все хорошо']],
    ],
    [
      'pronoun "он" goes to the man',
      'Иван Петров и Анна Иванова приехали вместе. «Все хорошо», — сказал он.',
      [petrov, ivanova],
      [['Иван Петров', 'Все хорошо']],
    ],
    [
      'role noun to the person holding it',
      'Блогер Ринат Кибраев пришел на встречу с Иваном Петровым. «Нам нужны новые лица», — отметил блогер.',
      [kibraev, { ...petrov, forms: [...petrov.forms, 'Иваном Петровым'] }],
      [['Ринат Кибраев', 'Нам нужны новые лица']],
    ],
    [
      'role noun to the right one of two presidents',
      'Президент Казахстана Иван Петров встретился с президентом России Сергеем Сидоровым. «Встреча прошла хорошо», — заявил глава российского государства.',
      [petrov, sidorov],
      [['Сергей Сидоров', 'Встреча прошла хорошо']],
    ],
    [
      'split quote gives two',
      '«Рад вас видеть, — сказал Иван Петров. — Мы рады быть здесь».',
      [petrov],
      [
        ['Иван Петров', 'Рад вас видеть'],
        ['Иван Петров', 'Мы рады быть здесь'],
      ],
    ],
    [
      'dialogue dash line, split',
      'Депутаты обсудили закон.\n– Я голосую за этот закон, – говорит Иван Петров. – Надо работать дальше.',
      [petrov],
      [
        ['Иван Петров', 'Я голосую за этот закон'],
        ['Иван Петров', 'Надо работать дальше'],
      ],
    ],
    ['colon before', 'Иван Петров: «Мы справимся с этим».', [petrov], [['Иван Петров', 'Мы справимся с этим']]],
    ['verb and colon before', 'Иван Петров заявил: «Выборы пройдут честно».', [petrov], [['Иван Петров', 'Выборы пройдут честно']]],
    [
      'partial quote inside a reported clause',
      'Иван Петров напомнил, что «беспорядки и перевороты» происходили из-за выборов.',
      [petrov],
      [['Иван Петров', 'беспорядки и перевороты']],
    ],
    [
      '"написал «…»"',
      'Петров вступил в спор и написал «псина лает, караван идет».',
      [petrov],
      [['Иван Петров', 'псина лает, караван идет']],
    ],
    [
      '"»: X пошутил" headline',
      '"Отпуск пока откладывается": Петров пошутил над коллегами',
      [petrov],
      [['Иван Петров', 'Отпуск пока откладывается']],
    ],
    ['cut off by the end of the excerpt', 'Иван Петров сказал: «Мы будем рабо', [petrov], [['Иван Петров', 'Мы будем рабо']]],
    [
      'nested quotes: only the outer',
      '«Он сказал “нет”, и все», — заметил Иван Петров.',
      [petrov],
      [['Иван Петров', 'Он сказал “нет”, и все']],
    ],
    [
      'carried after an attribution',
      'Слово взял Иван Петров. По словам Петрова, ремонт идет по плану. «Все работы завершат к осени, деньги выделены».',
      [petrov],
      [['Иван Петров', 'Все работы завершат к осени, деньги выделены']],
    ],
  ])('%s', (_p, text, people, expected) => {
    expect(quotesOf(text, people)).toEqual(expected);
  });
});

describe('extractQuotes: a question before a colon', () => {
  it.each<Row>([
    ['X задала вопрос: «…»', 'Анна Иванова задала вопрос: «Когда откроют школу?»', [ivanova], [['Анна Иванова', 'Когда откроют школу?']]],
    [
      'X задала DAT вопрос: «…»',
      'Депутат Анна Иванова задала министру вопрос: «Почему хлеб дорожает?»',
      [ivanova],
      [['Анна Иванова', 'Почему хлеб дорожает?']],
    ],
    [
      'X задал вопрос DAT: «…»',
      'Иван Петров задал вопрос главе района: «Где обещанные деньги?»',
      [petrov],
      [['Иван Петров', 'Где обещанные деньги?']],
    ],
    ['X спросил: «…»', 'Иван Петров спросил: «Кто за это ответит?»', [petrov], [['Иван Петров', 'Кто за это ответит?']]],
    ['"задал" without "вопрос" is no speech', 'Иван Петров задал тон всей сессии: «Реформа» стала ее словом.', [petrov], []],
  ])('%s', (_p, text, people, expected) => {
    expect(quotesOf(text, people)).toEqual(expected);
  });
});

describe('extractQuotes: a speech noun with its author in the genitive before a colon', () => {
  it.each<Row>([
    [
      'заявление ROLE X: «…»',
      'На сайте опубликовано заявление вице-министра финансов Анны Ивановой: «Бюджет исполнен без дефицита».',
      [ivanova],
      [['Анна Иванова', 'Бюджет исполнен без дефицита']],
    ],
    [
      'слова X: «…»',
      'Газета приводит слова Ивана Петрова: «Мы достроим дорогу к осени».',
      [petrov],
      [['Иван Петров', 'Мы достроим дорогу к осени']],
    ],
    [
      'Из обращения X: «…»',
      'Из обращения Ивана Петрова: «Прошу жителей сохранять спокойствие».',
      [petrov],
      [['Иван Петров', 'Прошу жителей сохранять спокойствие']],
    ],
    [
      'заявление ROLE: «…» (the role holder)',
      'Министр Иван Петров провел совещание. Позже опубликовано заявление министра: «Тарифы останутся прежними».',
      [petrov],
      [['Иван Петров', 'Тарифы останутся прежними']],
    ],
    [
      '"ответил на вопрос X:" is the answerer\'s',
      'Иван Петров ответил на вопрос Анны Ивановой: «Школу достроят к сентябрю этого года».',
      [petrov, ivanova],
      [['Иван Петров', 'Школу достроят к сентябрю этого года']],
    ],
    [
      'обращение X к жителям: «…»',
      'Ниже обращение Ивана Петрова к жителям: «Прошу всех сохранять спокойствие».',
      [petrov],
      [['Иван Петров', 'Прошу всех сохранять спокойствие']],
    ],
    [
      'пост X в Telegram: «…»',
      'Вечером появился пост министра Ивановой в Telegram: «Мы не допустим роста цен на хлеб».',
      [ivanova],
      [['Анна Иванова', 'Мы не допустим роста цен на хлеб']],
    ],
    ['a body between the noun and the name', 'Опубликовано заявление пресс-службы Ивана Петрова: «Визит отложен на неделю».', [petrov], []],
  ])('%s', (_p, text, people, expected) => {
    expect(quotesOf(text, people)).toEqual(expected);
  });
});

describe('extractQuotes: "говорится в его обращении" and other possessive writings', () => {
  it.each<Row>([
    [
      '— говорится в его обращении',
      'Иван Петров выразил соболезнования. «Мы потеряли большого человека», — говорится в его обращении.',
      [petrov],
      [['Иван Петров', 'Мы потеряли большого человека']],
    ],
    [
      '— говорится в ее заявлении (the woman of two)',
      'Иван Петров и Анна Иванова посетили завод. «Производство нужно расширять», — говорится в ее заявлении.',
      [petrov, ivanova],
      [['Анна Иванова', 'Производство нужно расширять']],
    ],
    [
      'В его посте говорится: «…»',
      'Иван Петров вернулся в Бишкек. В его посте говорится: «Переговоры прошли трудно, но успешно».',
      [petrov],
      [['Иван Петров', 'Переговоры прошли трудно, но успешно']],
    ],
    [
      '— цитирует его агентство',
      'Иван Петров выступил на форуме. «Инвестиции выросли вдвое за год», — цитирует его агентство.',
      [petrov],
      [['Иван Петров', 'Инвестиции выросли вдвое за год']],
    ],
    [
      '— отмечается в ее заявлении',
      'Анна Иванова подала в отставку. «Я благодарна коллегам за годы работы», — отмечается в ее заявлении.',
      [ivanova],
      [['Анна Иванова', 'Я благодарна коллегам за годы работы']],
    ],
    [
      '— сообщается на сайте names nobody',
      'Анна Иванова подала в отставку. «Отставка принята президентом страны», — сообщается на сайте министерства.',
      [ivanova],
      [],
    ],
    [
      '"в посте его заместителя" is not his',
      'Иван Петров выступил на форуме. «Инвестиции выросли вдвое за год», — говорится в посте его заместителя.',
      [petrov],
      [],
    ],
    [
      '"говорится в их заявлении" names nobody',
      'Иван Петров и Анна Иванова выступили. «Инвестиции выросли вдвое за год», — говорится в их заявлении.',
      [petrov, ivanova],
      [],
    ],
  ])('%s', (_p, text, people, expected) => {
    expect(quotesOf(text, people)).toEqual(expected);
  });
});

describe('extractQuotes: not attributed, not quotes', () => {
  it.each<Row>([
    [
      'press service: "сообщили в полиции"',
      'Иван Петров задержан. «Подозреваемый водворен в изолятор», — сообщили в полиции.',
      [petrov],
      [],
    ],
    ['"говорится в сообщении"', 'Иван Петров провел встречу. «Стороны обсудили ситуацию», — говорится в сообщении.', [petrov], []],
    [
      '"говорится в сообщении" of a body',
      'Иван Петров провел встречу. «Стороны обсудили ситуацию», — говорится в сообщении пресс-службы.',
      [petrov],
      [],
    ],
    ['"говорится, что" names nobody', 'Иван Петров провел встречу. В документе говорится, что стороны договорились.', [petrov], []],
    ['press service as subject', 'Пресс-служба Ивана Петрова сообщила: «Визит отложен на неделю».', [petrov], []],
    ['media title', 'Иван Петров рассказал об этом радио «Азаттык».', [petrov], []],
    ['party name', 'Иван Петров заявил, что баллотировался от партии "Нур".', [petrov], []],
    ['scare-quoted word', 'Иван Петров назвал это «ошибкой».', [petrov], []],
    ['site name with a dot', 'Иван Петров рассказал изданию «Лента.ру» о планах.', [petrov], []],
    ['short heading after an attribution is not carried', 'Иван Петров заявил, что акция прошла мирно.\n«Ох, дороги»...', [petrov], []],
    ['no speaker at all', '«Кто виноват?» — такой вопрос задают все.', [petrov], []],
    [
      'reported speech of a press service with a partial quote',
      'В пресс-службе сообщили, что Петров «поздравил коллегу с праздником».',
      [petrov],
      [],
    ],
    ['page furniture counter lines', 'Иван Петров выступил.\n- 5729\n- 12', [petrov], []],
  ])('%s', (_p, text, people, expected) => {
    expect(quotesOf(text, people)).toEqual(expected);
  });

  it('ignores quotes outside the body', () => {
    const text = '«Все хорошо», — сказал Иван Петров.\nТекст.';
    const a = analyse(text, [petrov], [{ start: text.indexOf('Текст'), end: text.length }]);
    expect(extractQuotes(a)).toEqual([]);
  });
});

describe('findQuoteSpans', () => {
  it.each([
    ['«a» и «b»', ['a', 'b']],
    ['«a “b” c»', ['a “b” c']],
    ['„a“ и "b"', ['a', 'b']],
    ['партии "Нур", — сказал', ['Нур']],
    ['"С ним мы знакомы, я из партии "Нур", — сказал он.', ['С ним мы знакомы, я из партии "Нур"']],
    ['«незакрытая кавычка.\nДругой абзац «b».', ['b']],
    ['» лишняя « и текст «c».', []],
  ])('%s', (text, expected) => {
    const spans = findQuoteSpans(text, [{ start: 0, end: text.length }]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('robustness', () => {
  const people = [petrov, ivanova];
  it('never throws and keeps offsets on arbitrary text with stray quote marks', () => {
    const piece = fc.constantFrom(
      '«',
      '»',
      '"',
      '„',
      '“',
      '”',
      ' — сказал он',
      ', — ',
      'Иван Петров',
      ' заявил, что ',
      '. ',
      '\n– ',
      'По словам Петрова, ',
      'мэр',
      ' слово',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const a = analyse(text, people);
        for (const s of [...extractQuotes(a), ...extractReported(a)]) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.end).toBeGreaterThan(s.start);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('handles a 1 MB article with unbalanced « " „', () => {
    const unit = 'Иван Петров заявил, что работа идет по плану. «Да, все так», — сказал он. "Нет. „Стоп. «Мэр города сказал. ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const a = analyse(text, [{ name: 'Иван Петров', forms: ['Иван Петров'] }]);
    const all = [...extractQuotes(a), ...extractReported(a)];
    expect(all.length).toBeGreaterThan(0);
    for (const s of all.slice(0, 50)) expect(text.slice(s.start, s.end)).toBe(s.text);
  }, 60_000);
});

describe('extractQuotes: title line', () => {
  it('keeps a quote named in the title, drops one resolved through a pronoun there', () => {
    const text = '«Все будет хорошо»: Петров пообещал помощь\n«Мы справимся», — сказал он.\nТекст статьи.';
    const a = analyse(text, [petrov]);
    a.article.titleSpan = { start: 0, end: text.indexOf('\n') };
    expect(extractQuotes(a).map((q) => q.text)).toEqual(['Все будет хорошо', 'Мы справимся']);
    const lead = 'Иван Петров приехал.\n';
    const b = analyse(`${lead}«Мы справимся», — сказал он.\nТекст.`, [petrov]);
    expect(extractQuotes(b).map((q) => q.text)).toEqual(['Мы справимся']);
    b.article.titleSpan = { start: lead.length, end: b.article.text.lastIndexOf('\n') };
    const c = analyse(b.article.text, [petrov]);
    c.article.titleSpan = b.article.titleSpan;
    expect(extractQuotes(c)).toEqual([]);
  });
});

describe('extractQuotes: in-clause quotes need to be what was said', () => {
  it.each<Row>([
    ['name of a project after a preposition', 'Иван Петров рассказал о проекте «умный город» подробно.', [petrov], []],
    ['right after the verb', 'Иван Петров назвал эти слухи «грубой выдумкой».', [petrov], [['Иван Петров', 'грубой выдумкой']]],
    [
      'inside the что-clause',
      'Иван Петров отметил, что проект, начатый весной, «будет успешным».',
      [petrov],
      [['Иван Петров', 'будет успешным']],
    ],
    [
      "interview: a question line is nobody's statement, the answer after it the interviewee's",
      'Иван Петров рассказал о планах.\n— Какие у вас планы на год?\n— Большие планы на весь год.',
      [petrov],
      [['Иван Петров', 'Большие планы на весь год']],
    ],
    [
      "interview: the lead's subject answers, lines alternate after a question (a remark is the journalist's)",
      'Министр Иван Петров ответил на вопросы редакции.\n– Почему цены растут?\n– Дорожает топливо.\n– Ваш предшественник обещал обратное.\n– Я не комментирую слова предшественника.\nБеседовала Анна Иванова',
      [petrov, { name: 'Анна Иванова', forms: ['Анна Иванова'], gender: 'f' }],
      [
        ['Иван Петров', 'Дорожает топливо'],
        ['Иван Петров', 'Я не комментирую слова предшественника'],
      ],
    ],
    [
      'interview: blank lines between the dash lines, the lead two sentences long',
      'Министр Иван Петров дал интервью агентству. Приводим фрагменты беседы.\n\n— Что с ценами?\n\n— Цены стабилизируются к весне.\n\n— А зарплаты?\n\n— Зарплаты вырастут осенью.',
      [petrov],
      [
        ['Иван Петров', 'Цены стабилизируются к весне'],
        ['Иван Петров', 'Зарплаты вырастут осенью'],
      ],
    ],
    [
      '"говорится в посте X": the author',
      '«Результаты проверки опубликуют», — говорится в посте министра Анны Ивановой.',
      [{ name: 'Анна Иванова', forms: ['Анны Ивановой'], gender: 'f' }],
      [['Анна Иванова', 'Результаты проверки опубликуют']],
    ],
    [
      '"цитирует X" names the one quoted, not the media',
      'Иван Петров выступил. «Виновные будут наказаны», — цитирует Петрова издание «Хабар».',
      [petrov],
      [['Иван Петров', 'Виновные будут наказаны']],
    ],
    [
      '"цитирует" a role noun',
      'Аким области Иван Петров выступил. «Виновные будут наказаны», — цитирует акима издание «Хабар».',
      [petrov],
      [['Иван Петров', 'Виновные будут наказаны']],
    ],
    [
      '"цитирует" a source, then the name',
      'Иван Петров выступил. «Виновные будут наказаны», — цитирует пресс-служба Ивана Петрова.',
      [petrov],
      [['Иван Петров', 'Виновные будут наказаны']],
    ],
    [
      '"цитирует" a source, then a role noun',
      'Аким области Иван Петров выступил. «Виновные будут наказаны», — цитирует пресс-служба акима.',
      [petrov],
      [['Иван Петров', 'Виновные будут наказаны']],
    ],
    [
      '"цитирует" a quoted media name, then a role and a name',
      'Иван Петров выступил. «Виновные будут наказаны», — цитирует «Хабар» акима области Ивана Петрова.',
      [petrov],
      [['Иван Петров', 'Виновные будут наказаны']],
    ],
    [
      '"цитирует" a source and nobody quoted',
      'Иван Петров выступил. «Виновные будут наказаны», — цитирует пресс-служба ведомства.',
      [petrov],
      [],
    ],
    [
      '"цитирует" a role noun, the press service after it',
      'Полномочный представитель президента Иван Петров выступил. «Виновные будут наказаны», — цитирует полпреда пресс-служба.',
      [petrov],
      [['Иван Петров', 'Виновные будут наказаны']],
    ],
    [
      'an abbreviated title standing for the spelled-out one',
      'Генеральный прокурор Иван Петров выступил. «Виновные будут наказаны», — заявил генпрокурор.',
      [petrov],
      [['Иван Петров', 'Виновные будут наказаны']],
    ],
    [
      'a plain noun for the woman just named, after the quote',
      'Жительница Анна Иванова рассказала о сносе. «Куда я пойду с детьми?» — возмущается женщина.',
      [{ name: 'Анна Иванова', forms: ['Анна Иванова'], gender: 'f' }],
      [['Анна Иванова', 'Куда я пойду с детьми?']],
    ],
    [
      '"спортсмен" for the champion just named',
      'Олимпийский чемпион Иван Петров пропустит турнир.\n— Мне обидно, но здоровье важнее, — сказал спортсмен в интервью.',
      [petrov],
      [['Иван Петров', 'Мне обидно, но здоровье важнее']],
    ],
    [
      'interview: the question addresses the interviewee by name',
      'Иван Петров и Анна Иванова приехали в Ош.\n– Анна Ивановна, зачем вы приехали?\n– Посмотреть на новый мост.',
      [petrov, { name: 'Анна Иванова', forms: ['Анна Иванова', 'Анна Ивановна'], gender: 'f' }],
      [['Анна Иванова', 'Посмотреть на новый мост']],
    ],
  ])('%s', (_p, text, people, expected) => {
    expect(quotesOf(text, people)).toEqual(expected);
  });
});

describe('extractQuotes: interview answers go to the addressee or the interviewee, not to a name in the question', () => {
  const anna: TestPerson = { name: 'Анна Иванова', forms: ['Анна Иванова', 'Анна Ивановна'], gender: 'f' };
  const lead = 'Министр Анна Иванова ответила на вопросы редакции.\n';
  it.each<Row>([
    [
      'a person named in a statement inside the question',
      `${lead}— Иван Петров ранее заявлял, что мост достроят. Когда?\n— Мост откроют к зиме.`,
      [anna, petrov],
      [['Анна Иванова', 'Мост откроют к зиме']],
    ],
    [
      'a person named in the genitive inside the question',
      `${lead}— Как вы относитесь к предложению Ивана Петрова?\n— Предложение интересное, но дорогое.`,
      [anna, petrov],
      [['Анна Иванова', 'Предложение интересное, но дорогое']],
    ],
    [
      'the previous answerer answers the next question',
      `${lead}— Анна Ивановна, что с ценами?\n— Цены стабильны.\n— Сергей Сидоров обещал снизить тарифы. Правда?\n— Тарифы пока не снизят.`,
      [anna, sidorov],
      [
        ['Анна Иванова', 'Цены стабильны'],
        ['Анна Иванова', 'Тарифы пока не снизят'],
      ],
    ],
    [
      'a vocative closing the question',
      `${lead}— Что с ценами?\n— Цены стабильны.\n— А вы что скажете, Иван Петров?\n— Я согласен с министром.`,
      [anna, petrov],
      [
        ['Анна Иванова', 'Цены стабильны'],
        ['Иван Петров', 'Я согласен с министром'],
      ],
    ],
    [
      'the lead\'s journalist asks, the one "с" whom they talk answers',
      'Корреспондент Иван Петров побеседовал с министром Анной Ивановой.\n— Что с ценами?\n— Цены стабильны.',
      [petrov, { name: 'Анна Иванова', forms: ['Анной Ивановой'], gender: 'f' }],
      [['Анна Иванова', 'Цены стабильны']],
    ],
    [
      'a lead naming only the interviewee, in the genitive',
      'Публикуем интервью министра Анны Ивановой.\n— Что с ценами?\n— Цены стабильны.',
      [{ name: 'Анна Иванова', forms: ['Анны Ивановой'], gender: 'f' }],
      [['Анна Иванова', 'Цены стабильны']],
    ],
    [
      "a vocative opening the question's second sentence",
      `${lead}— Цены растут. Иван Петров, что вы скажете?\n— Цены скоро стабилизируются.`,
      [anna, petrov],
      [['Иван Петров', 'Цены скоро стабилизируются']],
    ],
    [
      'a genitive apposition closing the question is not a vocative',
      `${lead}— Как вы относитесь к словам министра, Ивана Петрова?\n— Слова министра я уважаю.`,
      [anna, petrov],
      [['Анна Иванова', 'Слова министра я уважаю']],
    ],
    [
      'a vocative opening the question',
      `${lead}— Иван Петров, что с ценами?\n— Цены стабильны.`,
      [anna, petrov],
      [['Иван Петров', 'Цены стабильны']],
    ],
  ])('%s', (_p, text, people, expected) => {
    expect(quotesOf(text, people)).toEqual(expected);
  });
});

describe('extractQuotes: a country adjective on an unheld role noun', () => {
  const smirnov: TestPerson = { name: 'Павел Смирнов', forms: ['Павел Смирнов'] };
  const nazarov: TestPerson = { name: 'Мурад Назаров', forms: ['Мурад Назаров', 'Назаров'] };
  const scene =
    'Заместитель министра энергетики России Павел Смирнов прибыл в Ашхабад. Его принял министр финансов Туркменистана Мурад Назаров. Как отметил Назаров, стороны обсудили поставки газа.';
  it.each<Row>([
    [
      'not the last speaker of another country, but the official of that one',
      `${scene} «Мы построим новые подстанции в следующем году», — заявил российский чиновник журналистам.`,
      [smirnov, nazarov],
      [['Павел Смирнов', 'Мы построим новые подстанции в следующем году']],
    ],
    [
      'the last speaker when the country is theirs',
      `${scene} «Туркменистан готов к поставкам уже этой зимой», — добавил туркменский чиновник.`,
      [smirnov, nazarov],
      [['Мурад Назаров', 'Туркменистан готов к поставкам уже этой зимой']],
    ],
    [
      'nobody of that country: no speaker',
      `${scene} «Цены на газ будут расти и дальше», — заявил китайский чиновник.`,
      [smirnov, nazarov],
      [],
    ],
  ])('%s', (_p, text, people, expected) => {
    expect(quotesOf(text, people)).toEqual(expected);
  });
});

describe('extractQuotes: a quote over paragraphs that are separate body ranges', () => {
  it('the first paragraph (opened, not closed) takes the attribution after the last', () => {
    const text =
      'Иван Петров выступил.\n«Мы провели консультации с партиями. Избиратели ждут позиции.\n«Список возглавят опытные люди», — сказал Петров.';
    const lines = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    const a = analyse(text, [petrov], lines);
    expect(extractQuotes(a).map((q) => [nameOf(a, q.personKey), q.text])).toEqual([
      ['Иван Петров', 'Мы провели консультации с партиями. Избиратели ждут позиции'],
      ['Иван Петров', 'Список возглавят опытные люди'],
    ]);
  });
});

describe('extractQuotes: gender from verbs', () => {
  it('a feminine verb after the name overrides a wrong cluster gender', () => {
    const giniyat: TestPerson = { name: 'Ажар Гиният', forms: ['Ажар Гиният'], gender: 'm' };
    const text = 'Иван Петров открыл брифинг. Ажар Гиният сообщила, что вакцин хватает на всех. «Дефицита вакцин нет», — подчеркнула она.';
    expect(quotesOf(text, [petrov, giniyat])).toEqual([['Ажар Гиният', 'Дефицита вакцин нет']]);
  });
});

describe('extractQuotes: partial quotes in reported clauses', () => {
  it.each<Row>([
    [
      'after "По словам X,"',
      'По словам Петрова, соглашение «открывает новую страницу в отношениях».',
      [petrov],
      [['Иван Петров', 'открывает новую страницу в отношениях']],
    ],
    ['a title inside the clause is not one', 'По словам Петрова, газета «Вечерний Бишкек» закрылась.', [petrov], []],
  ])('%s', (_p, text, people, expected) => {
    expect(quotesOf(text, people)).toEqual(expected);
  });
});

describe('extractQuotes: a quote over several paragraphs', () => {
  it('each reopened paragraph takes the attribution after the last one', () => {
    const text =
      'Министр выступил на сессии.\n«Мы начали реформу год назад, и первые итоги уже видны.\n«Дальше будет сложнее, но мы справимся», — сказал Иван Петров.\nКонец.';
    expect(quotesOf(text, [petrov])).toEqual([
      ['Иван Петров', 'Мы начали реформу год назад, и первые итоги уже видны'],
      ['Иван Петров', 'Дальше будет сложнее, но мы справимся'],
    ]);
  });
  it('an unclosed quote not reopened in the next paragraph is dropped', () => {
    expect(quotesOf('Иван Петров сказал: «Мы начали реформу год назад.\nДругой абзац без кавычек.', [petrov])).toEqual([]);
  });
});
