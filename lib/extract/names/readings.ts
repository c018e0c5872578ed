// Word-level readings of a capitalised word as a first name, surname or patronymic (memoised: the same
// surface recurs across an article and a corpus).
import { firstNameGender, irregularFirstName, isMaybeFirstName } from '../lexicon/first-names';
import { roleHeadOf } from '../lexicon/roles';
import { NOT_SURNAMES, STRONG_SURNAME_ENDING } from '../lexicon/surnames';
import { analyseFirstName, analysePatronymic, analyseSurname, type G, type Reading } from './morph';
import { STOPWORDS } from './stopwords';

export interface FirstReading extends Reading {
  /** In the lexicon (not only a common-word name like "Вера"). */
  known: boolean;
  maybe: boolean;
  /** The lexicon gives this gender for the name (lexicon genders are a guess: Kyrgyz women's names in -ай are listed as male). */
  lexGender?: boolean;
}

export interface SurnameReading extends Reading {
  /** The lemma has a surname ending strong enough on its own (-ов, -ский, -енко, -улы ...). */
  strong: boolean;
}

const firstCache = new Map<string, FirstReading[]>();
const lastCache = new Map<string, SurnameReading[]>();
const MAX_CACHE = 50_000;

const ADJ_OR_VERB =
  /(?:ии|ами|ями|ах|ях|ией|цей|ьей|ским|цким|ци[яиюе]|ни[еяю]|ств[оауе]|ост[ьи]|тель|теля|ика|ики)$|(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ую|юю|ых|их|ым|ими|ыми|ть|ться|ет|ит|ют|ят|ут|ла|(?<!а)ли|ся|сь|ция|ние|ство|ость|изм)$/;
const FEMALE_CA = /(?:ай|гуль|гүл|гул|им|ым|нур|жемал|джемал|жамал|жибек)$/;
/** Central Asian women's names by their first element: Turkmen "Огул-" (Огулджемал), "Гуль-", "Биби-". */
const FEMALE_CA_START = /^(?:огул|гуль|гүл|гул|биби)/;

/** Genders a first name outside the lexicon may have, judged by its ending. */
function unknownFirstGender(lemma: string): G | null | undefined {
  if (lemma.length < 3) return undefined;
  if (/[аеиоуэюя][ая]$/.test(lemma)) return null; // "Джошуа", "Лука"
  if (/[ая]$/.test(lemma)) return 'f';
  // -о: Italian and Spanish men's names ("Паоло"), Uzbek and Tajik women's ("Шахло", "Гулрухсо"): the
  // surname's gender decides
  if (/о$/.test(lemma)) return null;
  if (/[еёоуэю]$/.test(lemma)) return 'm'; // "Такахиру", "Романо", "Фелипе": only mid-sentence (shapes.ts)
  if (/[иы]$/.test(lemma)) return 'm';
  return FEMALE_CA.test(lemma) || FEMALE_CA_START.test(lemma) ? null : 'm';
}

/** Could this (lowercase) word be a first name the lexicon lacks? Rules out function words, role nouns, adjectives, verbs. */
export function nameLikeUnknown(lower: string): boolean {
  return (
    lower.length >= 3 &&
    !STOPWORDS.has(lower) &&
    (lower.length < 5 || !ADJ_OR_VERB.test(lower)) &&
    !roleHeadOf(lower) &&
    !/[^а-яёәғқңөұүһі-]/.test(lower)
  );
}

export function firstReadings(lower: string): FirstReading[] {
  let r = firstCache.get(lower);
  if (r) return r;
  r = [];
  const dash = lower.lastIndexOf('-');
  if (dash > 0) {
    // double names decline in their last part only: "Ахмет-Жану" → "Ахмет-Жан"
    const head = lower.slice(0, dash + 1);
    const headKnown = firstNameGender(lower.slice(0, dash)) !== undefined;
    for (const x of firstReadings(lower.slice(dash + 1))) r.push({ ...x, lemma: head + x.lemma, known: x.known && headKnown });
    firstCache.set(lower, r);
    return r;
  }
  const irr = irregularFirstName(lower);
  if (irr) {
    r.push({ lemma: irr, gender: 'm', cases: ['gen', 'dat', 'acc', 'ins', 'loc'], known: true, maybe: false, lexGender: true });
  }
  for (const x of analyseFirstName(lower, (l) => (firstNameGender(l) === undefined ? undefined : null))) {
    const lg = firstNameGender(x.lemma);
    r.push({ ...x, known: !isMaybeFirstName(x.lemma), maybe: isMaybeFirstName(x.lemma), lexGender: lg === null || lg === x.gender });
  }
  if (!r.length && nameLikeUnknown(lower)) {
    for (const x of analyseFirstName(lower, unknownFirstGender)) r.push({ ...x, known: false, maybe: false });
  }
  if (firstCache.size > MAX_CACHE) firstCache.clear();
  firstCache.set(lower, r);
  return r;
}

export function surnameReadings(lower: string): SurnameReading[] {
  let r = lastCache.get(lower);
  if (r) return r;
  r = [];
  if (lower.length >= 2 && !NOT_SURNAMES.has(lower) && !/[^а-яёәғқңөұүһі'-]/.test(lower)) {
    for (const x of analyseSurname(lower)) {
      // "Кенеша", "Киеву", "Кабмина": forms of a listed place or institution word are no surname
      if (NOT_SURNAMES.has(x.lemma) || NOT_SURNAMES.has(x.lemma.replace(/а$/, ''))) continue;
      r.push({ ...x, strong: STRONG_SURNAME_ENDING.test(x.lemma) });
    }
  }
  if (lastCache.size > MAX_CACHE) lastCache.clear();
  lastCache.set(lower, r);
  return r;
}

export const patronymicReadings = (lower: string): Reading[] => analysePatronymic(lower);

export const isStrongSurname = (lower: string): boolean => surnameReadings(lower).some((x) => x.strong);

/** Strong enough for a surname standing alone with no first name anywhere: adjectival "-ский" forms are
 *  too often place adjectives ("Алматинской"). */
export const isStrongBareSurname = (lower: string): boolean =>
  !STOPWORDS.has(lower) && surnameReadings(lower).some((x) => x.strong && !/(?:ий|ая|ой)$/.test(x.lemma));
