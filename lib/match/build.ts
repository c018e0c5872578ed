// Builds the plain-data match index from the persons of a pack (once, in the background; content scripts
// receive it as JSON/structured clone). Keys are folded surface forms of surnames (Cyrillic) and skeletons
// (Latin): a page token costs one hash lookup whatever the number of persons, and everything else is
// confirmed locally around the hit (STYLE.md habit 5).
import { displayName, type Person } from '../extract/pack';
import { hasSurnameShape, needsStrongEvidence } from './evidence';
import { isKnownFirstName } from './firstnames';
import { firstNameForms, foldName, type G, guessGender, patronymicForms, surnameForms, surnameGroupKey } from './forms';
import { nameParts } from './names';
import { cyrillicSkeletons } from './translit';

export const INDEX_FORMAT = 1;

/** Flags of a surname form entry (value = group * 8 + flags). */
export const NOM = 1;
export const MASC = 2;
export const FEM = 4;

export interface IndexedPerson {
  id: string;
  name: string;
  /** The name to show when it is not `name` (surname first: "Си Цзиньпин"; extract/pack displayName). */
  display?: string;
  official: boolean;
  /** Gender used for forms: 'm', 'f' or null (both). */
  g: G | null;
  /** First-name groups (ids into MatchIndex.firsts values); empty when no first name is known. */
  f: number[];
  /** Folded first letters of the first names ("с"; "кж" for "Касым-Жомарт" as "К.-Ж."). */
  fi: string;
  /** Folded first letters of the patronymics ("" when unknown). */
  pi?: string;
  /** Latin letters a romanised first name may start with ("zjd" for "Жомарт"). */
  li: string;
  /**
   * 1: doubtful person (an extraction slip like "Совета Европы"?): the first name is not in the first-name
   * lexicon and the surname has no surname ending. Only the full name is matched, never the bare surname.
   */
  d?: 1;
  /** Folded forms of the patronymics and further given names, for "Нурсултан Абишевич Назарбаев". */
  mid?: string[];
}

export interface SurnameGroup {
  /** Masculine lemma, folded ("жапаров"). */
  key: string;
  /** Persons (indices into MatchIndex.persons) with this surname. */
  p: number[];
  /** 1: a bare mention is never enough (1–2 letters, common word, place). */
  strong: 0 | 1;
  /** Further words of a multi-word surname, folded ("уулу" for "Садыр уулу"). */
  tail?: string[];
}

export interface MatchIndexData {
  version: number;
  persons: IndexedPerson[];
  groups: SurnameGroup[];
  /** Folded Cyrillic surname form → [group * 8 + NOM|MASC|FEM]. */
  surnames: Record<string, number[]>;
  /** Latin skeleton of a surname → [group * 8 + flags]. */
  latin: Record<string, number[]>;
  /** Folded first-name form → first-name group ids. */
  firsts: Record<string, number[]>;
  /** Latin skeleton of a first name → first-name group ids. */
  latinFirsts: Record<string, number[]>;
}

const LATIN_INITIALS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'vw',
  г: 'gh',
  д: 'd',
  е: 'eyi',
  ё: 'yei',
  ж: 'zjd',
  з: 'z',
  и: 'iy',
  й: 'yij',
  к: 'kcq',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'uo',
  ф: 'f',
  х: 'khx',
  ц: 'tc',
  ч: 'ct',
  ш: 's',
  щ: 's',
  э: 'e',
  ю: 'yij',
  я: 'yij',
};

function listAt(rec: Record<string, number[]>, key: string): number[] {
  if (!Object.hasOwn(rec, key)) rec[key] = [];
  return rec[key]!;
}

function pushUnique(rec: Record<string, number[]>, key: string, v: number): void {
  if (!key) return;
  const a = listAt(rec, key);
  if (!a.includes(v)) a.push(v);
}

export function buildIndexData(persons: Person[], version: number): MatchIndexData {
  const out: MatchIndexData = { version, persons: [], groups: [], surnames: {}, latin: {}, firsts: {}, latinFirsts: {} };
  const groupIds = new Map<string, number>();
  const firstIds = new Map<string, number>();

  const firstDone = new Set<string>();
  const firstGroup = (lemma: string, g: G | null): number => {
    const key = foldName(lemma);
    let id = firstIds.get(key);
    if (id === undefined) {
      id = firstIds.size;
      firstIds.set(key, id);
    }
    for (const s of cyrillicSkeletons(restoreYo(key, lemma))) pushUnique(out.latinFirsts, s, id);
    for (const gg of g ? [g] : (['m', 'f'] as const)) {
      // thousands of persons share a few hundred first names: decline each name once per gender
      if (firstDone.has(`${gg}${key}`)) continue;
      firstDone.add(`${gg}${key}`);
      for (const f of firstNameForms(lemma, gg)) for (const v of spellingVariants(f)) pushUnique(out.firsts, v, id);
    }
    return id;
  };

  persons.forEach((p, pi) => {
    const parts = nameParts(p);
    const g = guessGender(p.gender, parts.firsts[0] ?? null, parts.lasts[0] ?? p.name);
    const genders: G[] = g ? [g] : ['m', 'f'];
    const f = parts.firsts.map((x) => firstGroup(x, g));
    const initials = (xs: string[]) => [...new Set(xs.map((x) => foldName(x)[0]!))].join('');
    const dashed = parts.firsts.flatMap((x) => foldName(x).split('-').slice(1));
    const mid = new Set<string>();
    for (const x of parts.patronymics) for (const gg of genders) for (const form of patronymicForms(x, gg)) mid.add(form);
    for (const x of parts.middles) for (const gg of genders) for (const form of firstNameForms(x, gg)) mid.add(form);
    out.persons.push({
      id: p.id,
      name: p.name,
      ...(displayName(p) !== p.name ? { display: displayName(p) } : {}),
      official: p.official,
      g,
      f,
      fi: initials(parts.firsts) + initials(dashed),

      li: [...new Set(parts.firsts.flatMap((x) => [...(LATIN_INITIALS[foldName(x)[0]!] ?? foldName(x)[0]!)]))].join(''),
      // optional fields are left out when empty: the index travels to every content script
      ...(parts.patronymics.length ? { pi: initials(parts.patronymics) } : {}),
      ...(mid.size ? { mid: [...mid] } : {}),
      ...(doubtful(parts.firsts, parts.lasts) ? { d: 1 as const } : {}),
    });
    for (const last of parts.lasts) {
      const words = foldName(last).split(/\s+/);
      const head = words[0]!;
      const key = words.length > 1 ? words.join(' ') : surnameGroupKey(head);
      let gid = groupIds.get(key);
      if (gid === undefined) {
        gid = out.groups.length;
        groupIds.set(key, gid);
        out.groups.push({ key, p: [], strong: needsStrongEvidence(key) ? 1 : 0, ...(words.length > 1 ? { tail: words.slice(1) } : {}) });
      }
      const grp = out.groups[gid]!;
      if (!grp.p.includes(pi)) grp.p.push(pi);
      const flags = new Map<string, number>();
      const headLemma = last.split(/\s+/)[0]!;
      for (const gg of genders) {
        const forms = words.length > 1 ? [head] : surnameForms(headLemma, gg);
        const gbit = gg === 'm' ? MASC : FEM;
        forms.forEach((form, i) => {
          for (const v of spellingVariants(form)) flags.set(v, (flags.get(v) ?? 0) | gbit | (i === 0 ? NOM : 0));
        });
      }
      for (const [form, fl] of flags) mergeFlags(out.surnames, form, gid, fl);
      const skelSource = words.length > 1 ? [head] : [...new Set(genders.map((gg) => surnameForms(headLemma, gg)[0]!))];
      for (const w of skelSource) for (const s of cyrillicSkeletons(restoreYo(w, last))) mergeFlags(out.latin, s, gid, NOM | MASC | FEM);
    }
  });
  return out;
}

/**
 * A folded form with the ё of the written name put back: folding makes "Мирзиёев" "мирзиеев", whose Latin
 * skeleton has lost the "yo" of "Mirziyoyev". Folding keeps lengths, so the written ё sits at the same index.
 */
function restoreYo(folded: string, written: string): string {
  const w = written.toLowerCase();
  if (!w.includes('ё')) return folded;
  let out = '';
  for (let i = 0; i < folded.length; i++) out += w[i] === 'ё' && folded[i] === 'е' ? 'ё' : folded[i];
  return out;
}

function mergeFlags(rec: Record<string, number[]>, key: string, gid: number, flags: number): void {
  const a = listAt(rec, key);
  const i = a.findIndex((v) => v >> 3 === gid);
  if (i < 0) a.push(gid * 8 + flags);
  else a[i] = a[i]! | flags;
}

/**
 * Russian-press spellings of the same Kyrgyz/Kazakh name: initial ж ~ дж ("Жапаров" / "Джапаров",
 * "Жумабаев" / "Джумабаев"), ээ ~ ее ("Бээшимов" / "Беешимов"). Folded forms in, the form first.
 */
export function spellingVariants(form: string): string[] {
  const out = [form];
  const jj = form.startsWith('дж') ? form.slice(1) : form.startsWith('ж') ? `д${form}` : null;
  for (const f of jj ? [form, jj] : [form]) {
    if (f !== form) out.push(f);
    if (f.includes('ээ')) out.push(f.replace(/ээ/g, 'ее'));
  }
  return out;
}

function doubtful(firsts: string[], lasts: string[]): boolean {
  return !firsts.some(isKnownFirstName) && !lasts.some((l) => hasSurnameShape(foldName(l).split(/\s+/)[0]!));
}
