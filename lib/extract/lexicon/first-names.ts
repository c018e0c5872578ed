// First-name lexicon lookups over the generated word lists (parsed once, on first use).
import type { G } from '../names/morph';
import { FIRST_F, FIRST_M, FIRST_U, IRREGULAR, MAYBE_FIRST } from './first-names.generated';

let genders: Map<string, G | null> | null = null;
let maybe: Set<string> | null = null;
let irregular: Map<string, string> | null = null;

/** Lookups ignore ё: the lists and the texts spell "Бахтиёр" and "Бахтиер", "Фёдор" and "Федор" either way. */
const yo = (s: string): string => (s.includes('ё') ? s.replace(/ё/g, 'е') : s);

function load(): void {
  genders = new Map();
  for (const w of FIRST_U.split(' ')) genders.set(yo(w), null);
  for (const w of FIRST_F.split(' ')) genders.set(yo(w), 'f');
  for (const w of FIRST_M.split(' ')) genders.set(yo(w), 'm');
  maybe = new Set(MAYBE_FIRST.split(' ').map(yo));
  irregular = new Map();
  for (const entry of IRREGULAR.split(' ')) {
    const [lemma, forms] = entry.split(':');
    for (const f of forms!.split(',')) if (f !== lemma) irregular.set(yo(f), lemma!);
  }
}

/** Gender of a known first name (lowercase nominative): 'm' | 'f', null when either, undefined if unknown. */
export function firstNameGender(lemma: string): G | null | undefined {
  if (!genders) load();
  const g = genders!.get(yo(lemma));
  if (g !== undefined) return g;
  if (maybe!.has(yo(lemma)) || irregularLemmas().has(yo(lemma))) return /[ая]$/.test(lemma) ? 'f' : 'm';
  return undefined;
}

/** A first name that is also a common word ("вера", "роман", "слава"). */
export function isMaybeFirstName(lemma: string): boolean {
  if (!maybe) load();
  return maybe!.has(yo(lemma)) && !genders!.has(yo(lemma));
}

/** Lemma of an irregular oblique form ("льва" → "лев"), if any. */
export function irregularFirstName(form: string): string | undefined {
  if (!irregular) load();
  return irregular!.get(yo(form));
}

let lemmas: Set<string> | null = null;
function irregularLemmas(): Set<string> {
  if (!irregular) load();
  lemmas ??= new Set([...irregular!.values()].map(yo));
  return lemmas;
}
