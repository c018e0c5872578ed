// Surface forms of a known person's name parts: every Russian case form of the first name, surname and
// patronymic, folded (lowercase, ё→е, Kazakh letters) so they compare with foldForMatch'ed page tokens.
// lvovich declines Russian names well; Central Asian names need rules of our own (checked against lvovich):
// - consonant-final male surnames that are not -ов/-ин ("Рахмон", "Жукел", "Тэн") decline as nouns
//   (lvovich gives "Тэным");
// - double first names: the press declines only the second part ("Касым-Жомарта"), grammar books both
//   ("Касыма-Жомарта"); we keep both;
// - indeclinable: vowel-final surnames ("Шевченко", "Ерали"), consonant-final female surnames, the
//   patronymic-surnames "Садыр уулу" / "Муратбек кызы" (multi-word: the tail is matched literally);
// - female surnames -ова/-ина/-ая decline as adjectives ("Жапаровой").
// The media also leave Kazakh and Kyrgyz names undeclined, so the nominative is always a form.
// Every function returns the union: a wrong extra form costs nothing (it is tied to one surname stem), a
// missing one costs a mention.
import { getGender, inclineFirstname, inclineLastname, inclineMiddlename } from 'lvovich';
import { foldForMatch } from '../text';

export type G = 'm' | 'f';
const CASES = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;

/** Fold one name word for matching (lowercase, ё→е, Kazakh letters, any dash → '-'). */
export const foldName = (s: string): string => foldForMatch(s.trim());

/** Words that turn the preceding word into a patronymic-surname ("Садыр уулу", "Айгуль Муратбек кызы"). */
export const PATRONYMIC_TAILS = new Set(['уулу', 'кызы', 'улы', 'оглы', 'оглу', 'кизи', 'угли', 'зода', 'заде']);

const VOWELS = 'аеёиоуыэюя';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);

function lv(fn: (s: string, c: (typeof CASES)[number], g: 'male' | 'female') => string, word: string, g: G): string[] {
  const out: string[] = [];
  for (const c of CASES) {
    try {
      out.push(fn(word, c, g === 'm' ? 'male' : 'female'));
    } catch {
      // lvovich throws on some odd inputs; our own rules still apply
    }
  }
  return out;
}

/** Noun declension of a word as a name (sg.: gen, dat, acc, ins, prep), by gender. */
function nounForms(w: string, g: G): string[] {
  const last = w[w.length - 1]!;
  const stem = w.slice(0, -1);
  if (w.endsWith('ия')) return [stem + 'и', stem + 'ю', stem + 'ей'];
  if (last === 'а' || last === 'я') {
    const hush = /[гкхжшчщц]$/.test(stem);
    const yer = last === 'я' ? 'и' : hush ? 'и' : 'ы';
    const io = last === 'я' || /[жшчщц]$/.test(stem) ? 'ей' : 'ой';
    return [stem + yer, stem + 'е', stem + (last === 'я' ? 'ю' : 'у'), stem + io, stem + 'ою'];
  }
  if (isVowel(last)) return []; // -и -о -у -ы -е -э -ю: indeclinable
  if (g === 'f') return last === 'ь' ? [stem + 'и', stem + 'ью'] : [];
  if (last === 'ь') return [stem + 'я', stem + 'ю', stem + 'ем', stem + 'е'];
  if (last === 'й') return isVowel(w[w.length - 2]) ? [stem + 'я', stem + 'ю', stem + 'ем', stem + 'е'] : [];
  const soft = /[жшчщц]$/.test(w);
  return [w + 'а', w + 'у', w + (soft ? 'ем' : 'ом'), soft ? w + 'ом' : w + 'ем', w + 'е'];
}

const POSSESSIVE_M = /(ов|ев|ёв|ин|ын)$/;
const POSSESSIVE_F = /(ова|ева|ёва|ина|ына)$/;
const ADJ_M = /(ий|ый|ой)$/;
const ADJ_F = /(ая|яя)$/;

/** Case forms of a surname word (folded), nominative first. */
export function surnameForms(lemma: string, g: G): string[] {
  const w = foldName(lemma);
  const out = new Set<string>([w]);
  if (w.length < 2) return [...out];
  const add = (xs: string[]) => {
    for (const x of xs) if (x) out.add(foldName(x));
  };
  if (g === 'm') {
    if (POSSESSIVE_M.test(w)) {
      // the Russian paradigm, which lvovich gives too (skipped: building 10 000 persons is half as fast with
      // it); foreign "-ин" names also take "-ом" ("Дарвином")
      add([w + 'а', w + 'у', w + 'ым', w + 'е', ...(/[иы]н$/.test(w) ? [w + 'ом'] : [])]);
      return [...out];
    } else if (ADJ_M.test(w) && w.length > 4) {
      const s = w.slice(0, -2);
      const soft = /[гкхжшчщ]$/.test(s) || w.endsWith('ий');
      add(
        soft && !/[гкх]$/.test(s)
          ? [s + 'его', s + 'ему', s + 'им', s + 'ем']
          : [s + 'ого', s + 'ому', s + (/[гкх]$/.test(s) ? 'им' : 'ым'), s + 'ом'],
      );
    } else add(nounForms(w, 'm'));
  } else if (POSSESSIVE_F.test(w)) {
    add([w.slice(0, -1) + 'ой', w.slice(0, -1) + 'у']);
    return [...out];
  } else if (ADJ_F.test(w) && w.length > 4) {
    const s = w.slice(0, -2);
    add([s + (w.endsWith('яя') ? 'ей' : 'ой'), s + (w.endsWith('яя') ? 'юю' : 'ую')]);
  } else add(nounForms(w, 'f'));
  add(lv(inclineLastname, lemma, g));
  return [...out];
}

/** Case forms of a first name (folded); double names also with only the second part declined. */
export function firstNameForms(lemma: string, g: G): string[] {
  const w = foldName(lemma);
  const out = new Set<string>([w]);
  const one = (x: string): string[] => [...new Set([x, ...nounForms(x, g), ...lv(inclineFirstname, x, g).map(foldName)])];
  const dash = w.indexOf('-');
  if (dash > 0) {
    const a = w.slice(0, dash);
    const b = w.slice(dash + 1);
    const fa = [a, ...nounForms(a, g)];
    const fb = nounForms(b, g);
    for (let i = 0; i < fb.length; i++) {
      out.add(`${a}-${fb[i]}`);
      if (fa[i + 1]) out.add(`${fa[i + 1]}-${fb[i]}`);
    }
    for (const x of lv(inclineFirstname, lemma, g)) out.add(foldName(x));
  } else for (const x of one(w)) out.add(x);
  return [...out];
}

/** Case forms of a patronymic (folded): "-вич"/"-вна" decline, Turkic "-улы"/"-кызы" do not. */
export function patronymicForms(lemma: string, g: G): string[] {
  const w = foldName(lemma);
  const out = new Set<string>([w]);
  if (/(улы|уулу|кызы|оглы|угли|кизи)$/.test(w)) return [...out];
  if (/ич$/.test(w)) for (const s of ['а', 'у', 'ем', 'е']) out.add(w + s);
  else if (/на$/.test(w)) for (const s of ['ы', 'е', 'у', 'ой']) out.add(w.slice(0, -1) + s);
  for (const x of lv(inclineMiddlename, lemma, g)) out.add(foldName(x));
  return [...out];
}

/** Looks like a patronymic ("Абишевич", "Петровна", "Абишулы", "Нуркожоевич"). */
export const isPatronymic = (w: string): boolean => PATRONYMIC_FORM.test(foldName(w));
/** Any case form of a patronymic ("Николаевичу", "Иосифовной", "Абишулы"). */
const PATRONYMIC_FORM = /(ович|евич|ич)(а|у|ем|е)?$|(овн|евн|ичн)(а|ы|е|у|ой)$|(улы|уулу|кызы|оглы|угли)$/;

const FEMALE_SURNAME = /(ова|ева|ёва|ина|ына|ская|цкая|кызы)$/;
const MALE_SURNAME = /(ов|ев|ёв|ин|ын|ский|цкий|уулу|улы|оглы)$/;

/** Gender from the pack, else lvovich on the first name, else the surname's shape; null when unsure. */
export function guessGender(given: 'm' | 'f' | null | undefined, first: string | null, last: string): G | null {
  const l = foldName(last);
  const byShape: G | null = FEMALE_SURNAME.test(l) ? 'f' : MALE_SURNAME.test(l) ? 'm' : null;
  // a pack gender that contradicts the surname ("Медведев", 'f') is a slip: decline both ways
  if (given) return byShape && byShape !== given ? null : given;
  let byName: string | null = null;
  try {
    byName = getGender({ first: first ?? undefined, last: byShape ? last : undefined });
  } catch {
    byName = null;
  }
  if (byName === 'male') return 'm';
  if (byName === 'female') return 'f';
  return byShape;
}

/** The masculine lemma a surname groups under ("Жапарова" → "жапаров"): relatives share a group. */
export function surnameGroupKey(last: string): string {
  const w = foldName(last);
  if (POSSESSIVE_F.test(w)) return w.slice(0, -1);
  if (/(ская|цкая)$/.test(w)) return `${w.slice(0, -2)}ий`;
  return w;
}
