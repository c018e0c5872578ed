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
    [' date 2025-10-09 Путин обсудил с Рахмоном темы', '2025-10-09'],
    ['![](https://img.example.kz/cdn/i/2020/February/07/abc.jpg)\nТекст статьи.', '2020-02'],
    ['Источник: https://kloop.kg/blog/2022/02/11/kabmin/ текст', '2022-02-11'],
    ['14:21, 28 марта 2024 Чт\n\nЗаголовок', '2024-03-28'],
    ['Фото - Sputnik Кыргызстан, 1920, 02.03.2022\nБИШКЕК, 2 мар — Sputnik. Текст.', '2022-03-02'],
    ['Просто текст без даты.', null],
  ])('date of %j is %s', (text, date) => {
    expect(parse(text).date).toBe(date);
  });

  it.each([
    ['Глава встретился с наблюдателями, передает КНИА «Кабар».', 'КНИА «Кабар»'],
    ['НУР-СУЛТАН, 1 мая. /ТАСС/. Президент провел разговор.', 'ТАСС'],
    ['БИШКЕК, 2 мар — Sputnik. Новый мэр ответил.', 'Sputnik'],
    ['В Астане был убит мужчина, передает BAQ.KZ.', 'BAQ.KZ'],
    ['Текст без источника', null],
    ['«Газета не выйдет», — сообщил Руслан Желдыбай.', null],
    ['Об этом пишет «Газета.Ру».', 'Газета.Ру'],
    ['Об этом сообщает ТАСС.', 'ТАСС'],
  ])('source of %j is %s', (text, source) => {
    expect(parse(text).source).toBe(source);
  });

  it.each([
    ['Токаев и Жапаров обсудили ситуацию\nПрезидент отметил, что помощь готова.', 'Токаев и Жапаров обсудили ситуацию'],
    ['Одна длинная строка статьи с точкой в конце.', null],
    ['14:21, 28 марта 2024 Чт\n\nПутин не планирует разговор с Жапаровым', 'Путин не планирует разговор с Жапаровым'],
    ['jitsu gif\nПровели встречу.', null],
    ['задача любого государства - соблюдать договоренности\nТекст.', null],
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
    ['14:21, 28 марта 2024 Чт'],
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
    const text = `Садыр Жапаров провел встречу.\n${line}\nКонец статьи.`;
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
    ['Tекст: Вера Басилая', 'Вера Басилая'],
    ['Фото Жанары Каримовой', 'Жанара Каримова'],
    ['© Sputnik / Табылды Кадырбеков', 'Табылды Кадырбеков'],
    ['Тамара Вааль', 'Тамара Вааль'],
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
    '<body><nav>Главная Садыр Жапаров</nav>',
    '<article><h1>Мэр Бишкека ответил</h1>',
    '<p>Новый мэр Бишкека Эмилбек Абдыкадыров заявил, что всё хорошо.</p>',
    '<p>Фото: Табылды Кадырбеков</p></article>',
    '<footer>© 2022 Алмаз Мамбетов</footer></body></html>',
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
    expect(bodyText(page)).toBe('Мэр Бишкека ответил\nНовый мэр Бишкека Эмилбек Абдыкадыров заявил, что всё хорошо.');
    expect(personNames(page)).toEqual(['Эмилбек Абдыкадыров', 'Табылды Кадырбеков']);
  });

  it('survives stray angle brackets', () => {
    const text = `<p>${'<a '.repeat(20_000)}Садыр Жапаров`;
    expect(() => parse(text)).not.toThrow();
  });
});
