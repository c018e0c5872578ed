import { describe, expect, it } from 'vitest';
import { dateFromUrl, parseArticle } from '../../lib/extract/article';
import { findPersons } from '../../lib/extract/persons';
import { splitSentences, tokenize } from '../../lib/text';

const parse = (text: string) => parseArticle({ id: 'a', text });
const bodyText = (text: string) =>
  parse(text)
    .body.map((b) => text.slice(b.start, b.end))
    .join('\n');
const creditText = (text: string) => (parse(text).credits ?? []).map((b) => text.slice(b.start, b.end)).join('\n');
const personNames = (text: string) => findPersons(parse(text), tokenize(text), splitSentences(text)).map((p) => p.name);

describe('parseArticle: metadata', () => {
  it.each([
    // [text, date]
    [' date 2021-10 Мэр города провел встречу.', '2021-10'],
    [' date 2023-10-09 Министры обсудили темы', '2023-10-09'],
    ['![](https://img.example.kz/cdn/i/2020/February/07/abc.jpg)\nТекст статьи.', '2020-02'],
    ['Источник: https://kloop.kg/blog/2022/02/11/kabmin/ текст', '2022-02-11'],
    ['09:05, 12 мая 2023 Пт\n\nЗаголовок', '2023-05-12'],
    ['Фото - Sputnik, 1920, 05.04.2023\nБИШКЕК, 5 апр — Sputnik. Текст.', '2023-04-05'],
    ['Просто текст без даты.', null],
  ])('date of %j is %s', (text, date) => {
    expect(parse(text).date).toBe(date);
  });

  it.each([
    ['Глава встретился с наблюдателями, передает КНИА «Кабар».', 'КНИА «Кабар»'],
    ['АСТАНА, 3 июня. /ТАСС/. Министр провел встречу.', 'ТАСС'],
    ['ОШ, 5 апр — Sputnik. Мэр города ответил на вопросы.', 'Sputnik'],
    ['В Таразе открыли школу, передает NEWS.KZ.', 'NEWS.KZ'],
    ['Текст без источника', null],
    ['«Газета не выйдет», — сообщил Руслан Бекжанов.', null],
    ['Об этом пишет «Газета.Ру».', 'Газета.Ру'],
    ['Об этом сообщает ТАСС.', 'ТАСС'],
  ])('source of %j is %s', (text, source) => {
    expect(parse(text).source).toBe(source);
  });

  it.each([
    ['Министры обсудили ситуацию на границе\nМинистр отметил, что помощь готова.', 'Министры обсудили ситуацию на границе'],
    ['Одна длинная строка статьи с точкой в конце.', null],
    ['09:05, 12 мая 2023 Пт\n\nМэр не планирует встречу с активистами', 'Мэр не планирует встречу с активистами'],
    ['promo banner\nПровели встречу.', null],
    ['продолжение фразы, оборванной в начале\nТекст.', null],
  ])('title of %j', (text, title) => {
    expect(parse(text).title).toBe(title);
  });

  it('text after the date marker is the body; offsets index the verbatim text', () => {
    const text = ' date 2021-10 Алмаз Мамбетов встретился с журналистами.';
    const a = parse(text);
    expect(a.text).toBe(text);
    expect(text.slice(a.body[0]!.start)).toMatch(/^Алмаз/);
  });

  it.each([
    ['/2022/02/11/x', '2022-02-11'],
    ['/i/2020/February/07/a.jpg', '2020-02-07'],
    ['/2019/13/01/', null],
    ['/news/123', null],
  ])('dateFromUrl(%s)', (url, d) => {
    expect(dateFromUrl(url)).toBe(d);
  });
});

describe('parseArticle: page furniture is outside the body', () => {
  it.each([
    ['![](https://example.com/a.jpg)'],
    ['USD 89.47'],
    ['18:31'],
    ['09:05, 12 мая 2023 Пт'],
    ['02.03.2022 14:00'],
    ['- 5729'],
    ['-'],
    ['DMCA'],
    ['Подписаться'],
    ['Лента новостей'],
    ['Популярные новости'],
    ['Теги: Иван Петров, выборы'],
    ['Читайте также: Иван Петров ушел в отставку'],
    ['Нашли ошибку? Выделите текст и нажмите Ctrl+Enter'],
    ['1🎉 Группа Orda и Иван Петров. Как провести выходные'],
  ])('%s', (line) => {
    const text = `Бакыт Осмонов провел встречу.\n${line}\nКонец статьи.`;
    expect(bodyText(text)).not.toContain(line);
    expect(creditText(text)).not.toContain(line);
  });

  it('a "most read" list after the article is furniture, names in it yield no persons', () => {
    const text =
      'Ержан Бабакумаров добавил, что ситуация стабильна.\n-\n1🎉 Группа и ансамбль\n- 5729\n- 1\n-\n2⚠️ Алмаз Мамбетов пошутил\n- 2540';
    expect(bodyText(text)).toBe('Ержан Бабакумаров добавил, что ситуация стабильна.');
    expect(personNames(text)).toEqual(['Ержан Бабакумаров']);
  });

  it.each([
    ['Tекст: Алия Сейтова', 'Алия Сейтова'],
    ['Фото Айгерим Бековой', 'Айгерим Бекова'],
    ['© Sputnik / Табылды Токоев', 'Табылды Токоев'],
    ['Ольга Шмидт', 'Ольга Шмидт'],
  ])('credit line %j is outside the body but names a person', (line, name) => {
    const text = `Заголовок статьи\n${line}\nАким города провел встречу.`;
    expect(bodyText(text)).not.toContain(line);
    expect(creditText(text)).toContain(line);
    expect(personNames(text)).toContain(name);
  });
});

describe('parseArticle: HTML pages', () => {
  const page = [
    '<!doctype html><html><head><title>Мэр Бишкека ответил на вопросы</title>',
    '<meta property="article:published_time" content="2022-03-02T10:00:00+06:00">',
    '<meta property="og:site_name" content="Sputnik Кыргызстан">',
    '<link rel="canonical" href="https://ru.sputnik.kg/20220302/mer.html">',
    '<script>var x = "Иван Петров";</script></head>',
    '<body><nav>Главная Бакыт Осмонов</nav>',
    '<article><h1>Мэр Бишкека ответил</h1>',
    '<p>Новый мэр города Нурбек Асанов заявил, что всё хорошо.</p>',
    '<p>Фото: Табылды Токоев</p></article>',
    '<footer>© 2022 Азамат Бекешев</footer></body></html>',
  ].join('\n');

  it('takes metadata from the head', () => {
    expect(parse(page)).toMatchObject({
      title: 'Мэр Бишкека ответил на вопросы',
      date: '2022-03-02',
      url: 'https://ru.sputnik.kg/20220302/mer.html',
      source: 'Sputnik Кыргызстан',
    });
  });

  it('the body is text between tags, without scripts, navigation and footers; offsets stay verbatim', () => {
    expect(bodyText(page)).toBe('Мэр Бишкека ответил\nНовый мэр города Нурбек Асанов заявил, что всё хорошо.');
    expect(personNames(page)).toEqual(['Нурбек Асанов', 'Табылды Токоев']);
  });

  it('survives stray angle brackets', () => {
    const text = `<p>${'<a '.repeat(20_000)}Бакыт Осмонов`;
    expect(() => parse(text)).not.toThrow();
  });
});
