import { describe, expect, it } from 'vitest';
import { ROLE_HEADS, roleHeadOf } from '../../lib/extract/lexicon/roles';

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
