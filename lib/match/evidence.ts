// Precision policy: what a mention of a known surname needs before it is highlighted.
//
//   strong  full name (either order, with or without patronymic), initials + surname ("С.Н. Жапаров",
//           "Жапаров С."), or surname with a role word next to it ("президент Токаев", "аким области
//           Баталов", "Жапаров, президент …").
//   weak    a bare surname. Capitalised (a lowercase "путина" is never a name); when it opens a sentence or
//           sits in an UPPERCASE headline it must be in the nominative and look like a surname (-ов, -ин,
//           -ский, …) unless the page names the person in full (then "Путина." at a sentence start is fine).
//   never   a bare surname of one or two letters or one that is a common word or a place ("Ош", "Мир"):
//           only strong evidence counts; a first name alone; a full name whose first name or initial
//           belongs to someone else ("Александр Лебедев" when "Сергей Лебедев" is known).
//   page    a bare surname takes the person of the nearest full mention with that surname before it (else the
//           first one after it) — known or not: after "Александр Лебедев" a bare "Лебедев" is not "Сергей".
//           With no full mention on the page and two known persons with the surname it is ambiguous.
import { roleHeadOf } from '../extract/lexicon/roles';

/** English role words that precede a name in Latin-script text ("President Tokayev"). */
const LATIN_ROLES = new Set([
  'president',
  'minister',
  'premier',
  'prime',
  'mayor',
  'governor',
  'akim',
  'hokim',
  'chairman',
  'chairwoman',
  'chair',
  'speaker',
  'ambassador',
  'senator',
  'deputy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'secretary',
  'leader',
  'head',
  'chief',
  'general',
  'envoy',
  'mr',
  'mrs',
  'ms',
  'dr',
]);

/** Is this word (any case form) a role noun that licenses a bare surname next to it? */
export function isRoleWord(word: string): boolean {
  if (word.length < 2) return false;
  const c = word.charCodeAt(0);
  if (c < 0x250) return LATIN_ROLES.has(word.toLowerCase());
  return roleHeadOf(word) !== null;
}

/**
 * Capitalised common words and places that are also surnames: a bare occurrence is never taken for the
 * person. General knowledge, not a list of anybody's names.
 */
const COMMON = new Set(
  (
    'ош нарын талас баткен чуй ала иссык-куль кара тараз туркестан актау атырау кызыл кант токмок бишкек ' +
    'алматы астана москва ташкент душанбе ашхабад самарканд бухара фергана хива термез джизак навои андижан наманган ' +
    'мир победа слава роза вера надежда любовь лев орел сокол волк мороз лебедь кузнец соловей голубь заяц гусь ' +
    'жук рак пастух казак князь папа бог март май июль июнь август глава новость суд закон народ ' +
    'герой центр восток запад север юг'
  ).split(' '),
);

/** A surname for which a bare mention is never enough (too short, a common word or a place). */
export function needsStrongEvidence(foldedLemma: string): boolean {
  return foldedLemma.replace(/[\s-]/g, '').length <= 2 || COMMON.has(foldedLemma);
}

const SURNAME_SHAPE =
  /(ов|ев|ин|ын|ова|ева|ина|ына|ский|цкий|ская|цкая|ской|цкой|енко|швили|дзе|ян|янц|ук|юк|ович|евич|баев|беков|бекова|уулу|кызы|улы|оглы|заде|зода)$/;

/** Looks like a surname by its ending alone, so it can stand at a sentence start without more evidence. */
export const hasSurnameShape = (foldedForm: string): boolean => SURNAME_SHAPE.test(foldedForm);

/** Nouns that make the name after them a place or an institution named after a person ("улица Абая"). */
const NAMESAKE_PLACES = new Set(
  (
    'улица улицы улице улицу улицей ул проспект проспекта проспекте проспектом пр просп бульвар бульвара бульваре б-р ' +
    'переулок переулка переулке пер площадь площади пл шоссе набережная набережной наб микрорайон микрорайона мкр ' +
    'имени им аллея аллеи тупик станция станции аэропорт аэропорта аэропорту аэропорте'
  ).split(' '),
);

/** Is this lowercase word a street/place noun or "имени" before a name? */
export const isNamesakePlaceWord = (lower: string): boolean => NAMESAKE_PLACES.has(lower.replace(/ё/g, 'е'));
