// From raw name shapes to persons: choose each full mention's nominative (the reading of first name and
// surname that agree in gender and case, weighed against the context), group mentions by nominative name,
// then resolve what is left: initials and first name + patronymic to a person named in full, bare surnames
// through every case form of the known persons' surnames (the nearest preceding full mention wins when two
// persons share one), and bare surnames nobody named in full when their shape or a role noun says "person".
import { foldForMatch, titleCase } from '../../text';
import { roleHeadOf } from '../lexicon/roles';
import type { Gender } from '../pack';
import type { GramCase, NameMention, PersonCluster } from '../types';
import { caseHint, genderHint, speechVerbBefore, verbFollows } from './context';
import { CASES, type G, surnameForms } from './morph';
import {
  type FirstReading,
  firstReadings,
  isStrongBareSurname,
  patronymicReadings,
  type SurnameReading,
  surnameReadings,
} from './readings';
import type { RawMention } from './shapes';
import type { Word } from './words';

interface Cluster {
  first: string | null;
  last: string;
  patr: string | null;
  gender: G | null;
  /** Surname surface (title-cased) used for display. */
  lastDisplay: string;
  mentions: Array<{ raw: RawMention; gramCase: GramCase | null; hasFirst: boolean }>;
  variants: Set<string>;
  /** Start offsets of mentions that carry a first name or initial. */
  fullAt: number[];
  /** First-name initial of a person named only by initials; '' when two initials disagree. */
  initial?: string;
}

const FOLDABLE = /[ёқұүғңөәіһўҳҷӣӯҫӑӗ]/;
/** Identity key of a name part: lowercase, ё and Kazakh/Kyrgyz letters folded ("Тұрсынов" = "Турсынов"). */
const fold = (s: string): string => {
  const l = s.toLowerCase();
  return FOLDABLE.test(l) ? foldForMatch(l) : l;
};

/** The largest offset in a sorted list below `at`, or -1 (binary search). */
function lastBefore(sorted: number[], at: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) {
      best = sorted[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Keep `sorted` sorted; appending is the common case (mentions arrive in text order). */
function insertSorted(sorted: number[], x: number): void {
  if (!sorted.length || sorted[sorted.length - 1]! <= x) sorted.push(x);
  else sorted.splice(lastBeforeIndex(sorted, x), 0, x);
}

function lastBeforeIndex(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** Men's possessive surnames (a woman's form ends in -а). */
const MENS_SURNAME = /(?:ов|ев|ёв|ин|ын)$/;
const MALE_CA = /(?:бек|бай|жан|хан|бол|мурат|дин|лан|лат|бет|улла|тай)$/;

function firstPrior(r: FirstReading): number {
  if (r.known) return 3;
  if (r.maybe) return 1.5;
  if (r.gender === 'm' && MALE_CA.test(r.lemma)) return 1;
  return 0;
}

interface Candidate {
  first: string | null;
  last: string;
  patr: string | null;
  gender: G | null;
  cases: GramCase[];
  score: number;
}

/** Every reading of a full mention that agrees in gender and case, scored. */
function candidates(m: RawMention, words: Word[], text: string): Candidate[] {
  const hint = caseHint(words, m.w0);
  const endWord = Math.max(m.first ?? -1, m.patr ?? -1, ...(m.last ?? [m.w0]));
  const gHint = genderHint(words, endWord, text) ?? speechVerbBefore(words, m.w0);
  const lastIdx = m.last?.[m.last.length - 1];
  const particles = m.last && m.last.length > 1 ? m.last.slice(0, -1).map((k) => words[k]!.text) : [];
  const lastWord = lastIdx !== undefined ? words[lastIdx]! : null;
  const sReadings: SurnameReading[] = lastWord
    ? particles.length
      ? [
          { lemma: lastWord.lower, gender: 'm', cases: CASES, strong: false },
          { lemma: lastWord.lower, gender: 'f', cases: CASES, strong: false },
        ]
      : surnameReadings(lastWord.lower)
    : [];
  const fReadings: Array<FirstReading | null> = m.first !== undefined ? firstReadings(words[m.first]!.lower) : [null];
  const pReadings = m.patr !== undefined ? patronymicReadings(words[m.patr]!.lower) : [null];
  const out: Candidate[] = [];
  const sList: Array<SurnameReading | null> = lastWord ? sReadings : [null];
  for (const f of fReadings) {
    for (const s of sList) {
      for (const p of pReadings) {
        const g = f?.gender ?? s?.gender ?? p?.gender ?? null;
        if ((f && s && f.gender !== s.gender) || (p && g && p.gender !== g)) continue;
        // a surname in -ов/-ев/-ин/-ын is a man's (a woman's is -ова/-ина); as a woman's indeclinable surname
        // only with a first name the lexicon knows as a woman's ("Сара Пейлин"), not read into "Указом
        // президента Нурлан Бекматов" from the genitive before it
        if (s && g === 'f' && MENS_SURNAME.test(s.lemma) && !(f?.lexGender && f.known)) continue;
        let cases = f ? f.cases : CASES;
        if (s) cases = cases.filter((c) => s.cases.includes(c));
        if (p) cases = cases.filter((c) => p.cases.includes(c));
        if (!cases.length) continue;
        let score = (f ? firstPrior(f) : 0) + (s?.strong ? 1 : 0) + (!hint && cases.includes('nom') ? 0.3 : 0);
        if (hint) score += cases.some((c) => hint.includes(c)) ? 2 : -2;
        // a verb agrees with its subject only: it says nothing about a name the context puts in another case
        if (gHint && cases.includes('nom') && (!hint || hint.includes('nom'))) score += gHint === g ? 1.5 : -1.5;
        // a surname that stays as written reads more naturally than one re-derived from a "case form"
        if (s && s.lemma === lastWord!.lower) score += OBLIQUE_LOOKING.test(s.lemma) ? -0.5 : 0.1;
        // a consonant stem re-derived from a case ending ("Белозерскому" → "Белозерском") is not a surname
        if (s && s.lemma !== lastWord!.lower && /(?:ом|ем|ог|ег|ым|им)$/.test(s.lemma)) score -= 0.7;
        if (f?.lexGender) score += 0.5;
        // men's surnames in -а are rare next to the genitive of a consonant-final one ("Давлатали Нуралона")
        if (s && s.gender === 'm' && /[ая]$/.test(s.lemma) && cases.includes('nom') && !(hint && !hint.includes('nom'))) score -= 0.5;
        // a first name nobody knows reads best as written ("Такахиру", not "Такахир" in the dative)
        if (f && !f.known && !f.maybe && f.lemma === words[m.first!]!.lower) score += 0.2;
        const lastName = particles.length ? [...particles, lastWord!.text].join(' ') : (s?.lemma ?? '');
        out.push({ first: f?.lemma ?? null, last: lastName, patr: p?.lemma ?? null, gender: g, cases, score });
      }
    }
  }
  return out;
}

const LATIN_GLOSS = /^\s?\(([A-Z][\p{L}'’.-]*(?: [\p{L}'’.-]+){1,3})\)/u;

/** The original spelling given in brackets right after a name: "Джона Уолша (John Walsh)". */
function latinGloss(text: string, end: number): { start: number; end: number } | null {
  const m = LATIN_GLOSS.exec(text.slice(end, end + 80));
  if (!m || !/^[\p{Script=Latin}'’. -]+$/u.test(m[1]!)) return null;
  const start = end + m[0].indexOf('(') + 1;
  return { start, end: start + m[1]!.length };
}

/** Endings of oblique case forms: a word ending so is rarely an indeclinable nominative. */
const OBLIQUE_LOOKING = /(?:[уюеы]|ом|ем|ым|им|ой|ей|ого|ему|ому)$/;

const keyOf = (first: string | null, last: string): string => `${fold(last)}|${first ? fold(first) : ''}`;

function displayName(part: string, surface?: string): string {
  if (part.includes(' ')) return part; // particle surnames keep their written form
  if (surface && surface.toLowerCase() === part && !/\p{Lu}{2}/u.test(surface)) return surface;
  return titleCase(part);
}

export function clusterMentions(shapes: RawMention[], words: Word[], text: string): PersonCluster[] {
  // 1. full mentions: choose readings, preferring ones other mentions agree on
  const isFull = (m: RawMention) => m.shape === 'FIRST_LAST' || m.shape === 'FIRST_PATR_LAST' || m.shape === 'LAST_FIRST_PATR';
  // the same name in the same context reads the same: memoise (long articles repeat names thousands of times)
  const memo = new Map<string, Candidate[]>();
  const candidatesOf = (m: RawMention): Candidate[] => {
    const endWord = Math.max(m.first ?? -1, m.patr ?? -1, ...(m.last ?? [m.w0]));
    const key = `${text.slice(m.start, m.end)}|${m.shape}|${caseHint(words, m.w0)}|${genderHint(words, endWord, text) ?? speechVerbBefore(words, m.w0)}`;
    let c = memo.get(key);
    if (!c) {
      c = candidates(m, words, text);
      memo.set(key, c);
    }
    return c;
  };
  // a shape no reading fits ("Приезд Сапарова": a man's noun and a genitive) falls back to its words, bare
  const raws: RawMention[] = [];
  const full: RawMention[] = [];
  const cands: Candidate[][] = [];
  for (const m of shapes) {
    if (!isFull(m)) raws.push(m);
    else {
      const cs = candidatesOf(m);
      if (cs.length) {
        raws.push(m);
        full.push(m);
        cands.push(cs);
      } else {
        const idx = [m.first, m.patr, ...(m.last ?? [])].filter((k): k is number => k !== undefined).sort((a, b) => a - b);
        for (const k of idx) if (words[k]!.cap) raws.push({ shape: 'BARE', start: words[k]!.start, end: words[k]!.end, w0: k, last: [k] });
      }
    }
  }
  // gender the article shows for a surname or a first name elsewhere: "Икрамова подчеркнула" (a woman's
  // nominative), "Шахло Баходировна" (a woman's patronymic) settle "Заместитель министра … Шахло Икрамова"
  const shown = new Set<string>();
  for (const m of shapes) {
    // a surname opening its sentence or clause, with the verb right after it, is that verb's subject
    if (m.shape === 'BARE' && m.last?.length === 1 && (words[m.w0]!.sentStart || !words[m.w0]!.joined)) {
      const g = genderHint(words, m.w0, text);
      if (g)
        for (const r of surnameReadings(words[m.w0]!.lower))
          if (r.gender === g && r.cases.includes('nom')) shown.add(`${g}|L|${fold(r.lemma)}`);
    } else if (m.shape === 'FIRST_PATR' && m.first !== undefined && m.patr !== undefined) {
      const pg = new Set(patronymicReadings(words[m.patr]!.lower).map((r) => r.gender));
      if (pg.size !== 1) continue;
      const g = [...pg][0]!;
      for (const r of firstReadings(words[m.first]!.lower)) if (r.cases.includes('nom')) shown.add(`${g}|F|${fold(r.lemma)}`);
    }
  }
  const shownFor = (c: Candidate): number =>
    !c.gender
      ? 0
      : (shown.has(`${c.gender}|L|${fold(c.last)}`) ? 1.5 : 0) + (c.first && shown.has(`${c.gender}|F|${fold(c.first)}`) ? 1 : 0);
  const votes = new Map<string, number>();
  for (const cs of cands) {
    const best = cs.reduce<Candidate | null>((a, b) => (!a || b.score > a.score ? b : a), null);
    if (best) votes.set(keyOf(best.first, best.last), (votes.get(keyOf(best.first, best.last)) ?? 0) + 1);
  }
  const clusters = new Map<string, Cluster>();
  const ordered: Cluster[] = [];
  const getCluster = (first: string | null, last: string, patr: string | null, gender: G | null, lastSurface?: string): Cluster => {
    const k = keyOf(first, last);
    let c = clusters.get(k);
    if (!c) {
      c = { first, last, patr, gender, lastDisplay: displayName(last, lastSurface), mentions: [], variants: new Set(), fullAt: [] };
      clusters.set(k, c);
      ordered.push(c);
    }
    c.patr ??= patr;
    c.gender ??= gender;
    return c;
  };
  full.forEach((m, i) => {
    let best: Candidate | null = null;
    let bestScore = -Infinity;
    const own = cands[i]!.reduce<Candidate | null>((a, b) => (!a || b.score > a.score ? b : a), null);
    const ownKey = own ? keyOf(own.first, own.last) : '';
    for (const c of cands[i]!) {
      const k = keyOf(c.first, c.last);
      // another mention of the article reads this name so: "Шавкат Алимов" … "по мнению Шавката Алимова"; this
      // outweighs a verb after the name, which may agree with a subject after it ("Павла Воронцова приняла
      // вице-премьер Анна Иванова")
      const others = (votes.get(k) ?? 0) - (k === ownKey ? 1 : 0);
      const s = c.score + (others > 0 ? 2.5 : 0) + shownFor(c);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    if (!best) return;
    const lastWord = words[m.last![m.last!.length - 1]!]!;
    const c = getCluster(best.first, best.last, best.patr, best.gender, lastWord.text);
    c.mentions.push({ raw: m, gramCase: best.cases[0] ?? null, hasFirst: true });
    c.fullAt.push(m.start);
    if (best.patr) c.variants.add(`${displayName(best.first ?? '')} ${titleCase(best.patr)} ${c.lastDisplay}`);
    // a Chinese or Korean name as the news writes it, surname first ("Си Цзиньпин"): cards show it so
    if (m.shape === 'FIRST_LAST' && m.first !== undefined && m.last![0]! < m.first && best.first)
      c.variants.add(`${c.lastDisplay} ${displayName(best.first)}`);
    const latin = latinGloss(text, m.end);
    if (latin) c.mentions.push({ raw: { shape: 'BARE', start: latin.start, end: latin.end, w0: m.w0 }, gramCase: null, hasFirst: true });
  });

  // surname form index over persons named in full
  const formIndex = new Map<string, Cluster[]>();
  const indexCluster = (c: Cluster) => {
    const forms = new Set<string>();
    for (const g of c.gender ? [c.gender] : (['m', 'f'] as const))
      for (const f of surnameForms(fold(c.last), g) ?? [fold(c.last)]) forms.add(f);
    for (const f of forms) {
      const list = formIndex.get(f) ?? [];
      if (!list.includes(c)) list.push(c);
      formIndex.set(f, list);
    }
  };
  ordered.forEach(indexCluster);
  const nearestPreceding = (cs: Cluster[], at: number): Cluster | null => {
    if (cs.length === 1) return cs[0]!;
    let best: Cluster | null = null;
    let bestAt = -1;
    for (const c of cs) {
      const p = lastBefore(c.fullAt, at);
      if (p > bestAt) [best, bestAt] = [c, p];
    }
    return best;
  };

  // 2. initials and first name + patronymic
  for (const m of raws) {
    if (m.shape === 'INITIALS_LAST' || m.shape === 'LAST_INITIALS') {
      const w = words[m.last![0]!]!;
      const cs = (formIndex.get(fold(w.text)) ?? []).filter((c) => !c.first || fold(c.first)[0] === fold(m.initials!)[0]);
      let c = nearestPreceding(cs, m.start);
      if (!c) {
        const cand = candidates(m, words, text).sort((a, b) => b.score - a.score)[0];
        if (!cand) continue;
        c = getCluster(null, cand.last, null, cand.gender, w.text);
        indexCluster(c);
      }
      c.mentions.push({ raw: m, gramCase: null, hasFirst: true });
      insertSorted(c.fullAt, m.start);
      c.variants.add(`${m.initials!.split('').join('. ')}. ${c.lastDisplay}`);
      if (!c.first) c.initial = c.initial === undefined || c.initial === m.initials![0] ? m.initials![0]! : '';
    } else if (m.shape === 'FIRST_PATR') {
      const fl = new Set(firstReadings(words[m.first!]!.lower).map((r) => fold(r.lemma)));
      const pl = new Set(patronymicReadings(words[m.patr!]!.lower).map((r) => fold(r.lemma)));
      const cs = ordered.filter((c) => c.first && fl.has(fold(c.first)) && (!c.patr || pl.has(fold(c.patr))));
      if (cs.length === 1) cs[0]!.mentions.push({ raw: m, gramCase: null, hasFirst: true });
      else if (!cs.length && /(?:ич|улы|ұлы|уулу|кызы|қызы)$/.test([...pl][0] ?? '')) {
        // nobody of that first name is named in full: "-ович", "-улы" here is a surname ("Павел Стасевич",
        // "Ерлан Нурланулы")
        const asPair: RawMention = { ...m, shape: 'FIRST_LAST', last: [m.patr!], patr: undefined };
        const best = candidates(asPair, words, text).sort((a, b) => b.score - a.score)[0];
        if (!best) continue;
        const c = getCluster(best.first, best.last, null, best.gender, words[m.patr!]!.text);
        c.mentions.push({ raw: asPair, gramCase: best.cases[0] ?? null, hasFirst: true });
        insertSorted(c.fullAt, m.start);
        indexCluster(c);
      }
    }
  }

  // 3. bare words: a known person's surname (any case) or first name; otherwise maybe a surname-only person
  const bareOnly: RawMention[] = [];
  for (const m of raws) {
    if (m.shape !== 'BARE') continue;
    const w = words[m.w0]!;
    if (isStreetOrPlaceContext(words, m.w0, text)) continue;
    const cs = formIndex.get(fold(text.slice(m.start, m.end)));
    if (cs?.length) {
      const c = nearestPreceding(cs, m.start);
      if (c) c.mentions.push({ raw: m, gramCase: null, hasFirst: false });
      continue;
    }
    if (!w.upper) {
      const fl = new Set(
        firstReadings(w.lower)
          .filter((r) => r.known)
          .map((r) => fold(r.lemma)),
      );
      // a first name alone ("Бакыт сам понимает") names the one person of the article who carries it
      const anyFirst = new Set(firstReadings(w.lower).map((r) => fold(r.lemma)));
      const prevW = words[m.w0 - 1];
      const nextW = words[m.w0 + 1];
      // and it stands alone: not inside another capitalised run ("Фарходи Сайфулло"), not opening a quote
      const inRun = (w.joined && prevW?.cap === true && !prevW.sentStart) || (nextW?.joined === true && nextW.cap);
      const quoted = inRun || /[«"„“]$/.test(text.slice(Math.max(0, w.start - 1), w.start));
      const byFirst = anyFirst.size && !quoted ? ordered.filter((c) => c.first && anyFirst.has(fold(c.first))) : [];
      if (byFirst.length === 1) {
        byFirst[0]!.mentions.push({ raw: m, gramCase: null, hasFirst: false });
        continue;
      }
      if (!fl.size) bareOnly.push(m);
    }
  }
  resolveBareOnly(bareOnly, words, text, getCluster);

  return ordered.filter((c) => c.mentions.length).map((c, i) => toPersonCluster(c, i, text));
}

// Words after which a capitalised name names a street, a place or an award, not a person ("улица Абая",
// "проспектом Мира", "имени Ленина").
const PLACE_STEM =
  /^(?:улиц|проспект|бульвар|площад|переул|район|аэропорт|город|сел[аоеу]|пос[её]л|микрорайон|станци|метро|пик|фонд|преми|орден|медал|имени|памятник|монумент|стадион|университет|школ|лице|гимнази)/;
const PLACE_ABBR = new Set(['ул', 'пр', 'им', 'г', 'мкр', 'пгт', 'пр-т', 'просп']);
const LOCATIVE = new Set(['в', 'во', 'на', 'из', 'под', 'над']);

function isStreetOrPlaceContext(words: Word[], i: number, text: string): boolean {
  const prev = words[i - 1];
  if (!prev) return false;
  const gap = text.slice(prev.end, words[i]!.start);
  if (!/^[. \u00A0]{1,3}$/.test(gap)) return false;
  return PLACE_ABBR.has(prev.lower) || (gap.trim() === '' && PLACE_STEM.test(prev.lower));
}

function resolveBareOnly(
  bare: RawMention[],
  words: Word[],
  text: string,
  getCluster: (first: string | null, last: string, patr: string | null, gender: G | null, lastSurface?: string) => Cluster,
): void {
  // 1. which mentions may be a surname, with their readings and whether they are evidence of a person
  const items: Array<{ m: RawMention; readings: SurnameReading[]; evidence: boolean }> = [];
  for (const m of bare) {
    const w = words[m.w0]!;
    if (w.upper || !isStrongBareSurname(w.lower)) continue;
    const prev = words[m.w0 - 1];
    if (w.joined && prev && LOCATIVE.has(prev.lower)) continue;
    // in quotes: a title («Протоколов заседаний», «Морозов»)
    if (/[«"„“]$/.test(text.slice(Math.max(0, w.start - 1), w.start))) continue;
    const gh = genderHint(words, m.w0, text) ?? speechVerbBefore(words, m.w0);
    const rs = surnameReadings(w.lower).filter((r) => r.strong && (!gh || r.gender === gh));
    if (!rs.length) continue;
    const roleBefore = w.joined && prev !== undefined && !prev.cap && roleHeadOf(prev.lower) !== null;
    // "Иванова" may be his genitive or her nominative, "Аргентина" a country: alone such a form is no evidence
    const ambiguous =
      rs.some((r) => r.gender === 'f' && r.cases.includes('nom')) && rs.some((r) => r.gender === 'm' && !r.cases.includes('nom'));
    // and it stands in prose: not in a list ("• Бенин •") or a bracket ("(Бенин)")
    const before = text.slice(Math.max(0, w.start - 3), w.start).trim();
    const after = text.slice(w.end, w.end + 3).trim();
    const inProse = !(/[(•·*]$/.test(before) && (after === '' || /^[)•·*]/.test(after)));
    const evidence = roleBefore || gh !== null || (!ambiguous && inProse && (!w.sentStart || verbFollows(words, m.w0)));
    items.push({ m, readings: rs, evidence });
  }
  // 2. each mention takes the reading most mentions share ("Сапарова", "Сапаровым" → Сапаров), then the
  //    nominative one, then the man's
  const support = new Map<string, number>();
  const rkey = (r: SurnameReading) => `${fold(r.lemma)}|${r.gender}`;
  for (const it of items) for (const k of new Set(it.readings.map(rkey))) support.set(k, (support.get(k) ?? 0) + 1);
  const score = (r: SurnameReading) => (support.get(rkey(r)) ?? 0) * 4 + (r.cases.includes('nom') ? 2 : 0) + (r.gender === 'm' ? 1 : 0);
  const groups = new Map<string, { lemma: string; gender: G; mentions: RawMention[]; evidence: boolean }>();
  for (const it of items) {
    const pick = it.readings.reduce((a, b) => (score(b) > score(a) ? b : a));
    const k = rkey(pick);
    let g = groups.get(k);
    if (!g) {
      g = { lemma: pick.lemma, gender: pick.gender, mentions: [], evidence: false };
      groups.set(k, g);
    }
    g.mentions.push(it.m);
    g.evidence ||= it.evidence;
  }
  for (const g of groups.values()) {
    if (!g.evidence) continue;
    const c = getCluster(null, g.lemma, null, g.gender, undefined);
    for (const m of g.mentions) c.mentions.push({ raw: m, gramCase: null, hasFirst: false });
  }
}

function toPersonCluster(c: Cluster, i: number, text: string): PersonCluster {
  const first = c.first ? displayName(c.first) : null;
  const last = c.lastDisplay;
  const mentions: NameMention[] = c.mentions
    .map((m) => ({
      start: m.raw.start,
      end: m.raw.end,
      surface: text.slice(m.raw.start, m.raw.end),
      hasFirst: m.hasFirst,
      gramCase: m.gramCase,
    }))
    .sort((a, b) => a.start - b.start);
  const gender: Gender = c.gender;
  return {
    key: `p${i}`,
    name: first ? `${first} ${last}` : last,
    first,
    last,
    patronymic: c.patr ? titleCase(c.patr) : null,
    gender,
    variants: [...c.variants],
    initial: !c.first && c.initial !== undefined ? c.initial : null,
    mentions,
  };
}
