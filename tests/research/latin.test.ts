import { describe, expect, it } from 'vitest';
import { stems, stemWord } from '../../lib/research/fold';
import { skeleton, skeletons, toLatin } from '../../lib/research/latin';

describe('toLatin', () => {
  it.each([
    ['Бакыт Осмонов', 'Bakyt Osmonov'],
    ['Ерлан Касенов', 'Yerlan Kasenov'],
    ['Тимур Рахимов', 'Timur Rakhimov'],
    ['Жанар Ахметова', 'Zhanar Akhmetova'],
    ['Мирзоев', 'Mirzoyev'],
    ['Қайрат', 'Qayrat'],
  ])('%s → %s', (cyr, lat) => expect(toLatin(cyr)).toBe(lat));
});

describe('skeleton: spellings of one name meet', () => {
  it.each([
    ['Жапаров', 'Japarov'],
    ['Жапаров', 'Zhaparov'],
    ['Жапаров', 'Dzhaparov'],
    ['Мирзоев', 'Mirzoev'],
    ['Мирзоев', 'Mirzoyev'],
    ['Ерлан', 'Erlan'],
    ['Ерлан', 'Yerlan'],
    ['Рахимов', 'Rakhimov'],
    ['Рахимов', 'Rahimov'],
    ['Щукин', 'Shchukin'],
    ['Садыр', 'Sadyr'],
    ['Мирзиёев', 'Mirziyoyev'],
    ['Мирзиёев', 'Mirziyoev'],
    ['Қайрат', 'Kairat'],
  ])('%s ~ %s', (cyr, lat) => expect(skeletons(cyr)).toContain(skeleton(lat)));
  it.each([
    ['Жапаров', 'Saparov'],
    ['Рахимов', 'Rakhmonov'],
  ])('%s ≁ %s', (cyr, lat) => expect(skeleton(cyr)).not.toBe(skeleton(lat)));
});

describe('stemWord: case forms share a stem', () => {
  it.each([
    ['Осмонов', 'Осмонову'],
    ['Осмонов', 'Осмонова'],
    ['Осмонов', 'Осмоновым'],
    ['Осмонов', 'Осмонове'],
    ['Садыкова', 'Садыковой'],
    ['Ерлан', 'Ерлану'],
    ['министр', 'министром'],
    ['Мирзиёев', 'мирзиеева'],
  ])('%s ~ %s', (a, b) => expect(stems(a)).toEqual(stems(b)));
  it('keeps short words and Latin as they are', () => {
    expect(stemWord('он')).toBe('он');
    expect(stemWord('osmonov')).toBe('osmonov');
  });
  it('does not merge different surnames', () => {
    expect(stems('Осмонов')).not.toEqual(stems('Осмонбеков'));
  });
});
