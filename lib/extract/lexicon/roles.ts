// Role head nouns of Russian-language news about Central Asia (general knowledge: offices, professions),
// in the nominative singular, lowercase, with whether they name a state, municipal or party office.
// `roleHeadOf` recognises any singular case form ("акима", "мэром", "главой", "послу", "экс-президента")
// by generating each lemma's paradigm once into a form → head map (index by the form, confirm nothing else).

import type { GramCase } from '../types';

export interface RoleHead {
  /** Nominative singular, lowercase: "аким", "премьер-министр". */
  lemma: string;
  /** A state, municipal or party office (false for "блогер", "эксперт", "журналист"). */
  official: boolean;
}

export interface RoleHeadMatch extends RoleHead {
  /** The form carried the prefix "экс-" ("экс-аким"): the role is no longer held. */
  former: boolean;
}

/** lemma → official. Ordered by theme for review, not by frequency. */
export const ROLE_HEADS: Readonly<Record<string, boolean>> = {
  // heads of state and government
  президент: true,
  'вице-президент': true,
  'премьер-министр': true,
  премьер: true,
  'вице-премьер': true,
  'вице-премьер-министр': true,
  канцлер: true,
  король: true,
  монарх: true,
  // ministers and deputies of every rank
  министр: true,
  замминистра: true,
  'вице-министр': true,
  нарком: true,
  заместитель: true,
  замглавы: true,
  замруководителя: true,
  замначальника: true,
  замдиректора: true,
  замакима: true,
  замхокима: true,
  замхякима: true,
  замгубернатора: true,
  замгенпрокурора: true,
  зампред: true,
  зампредседателя: true,
  первозаместитель: true,
  // regions and cities
  аким: true,
  'вице-аким': true,
  хоким: true,
  хяким: true, // Turkmen spelling of "хоким"
  арчин: true, // Turkmen village head
  мэр: true,
  'вице-мэр': true,
  губернатор: true,
  'вице-губернатор': true,
  глава: true,
  градоначальник: true,
  раис: true,
  полпред: true,
  // parliaments and parties
  председатель: true,
  сопредседатель: true,
  спикер: true,
  'вице-спикер': true,
  торага: true,
  депутат: true,
  мажилисмен: true,
  сенатор: true,
  парламентарий: true,
  лидер: true,
  генсек: true,
  // administration, diplomacy, justice, security
  'пресс-секретарь': true,
  'пресс-атташе': true,
  секретарь: true,
  госсекретарь: true,
  'статс-секретарь': true,
  советник: true,
  помощник: true,
  руководитель: true,
  начальник: true,
  управляющий: true,
  директор: true,
  гендиректор: true,
  чиновник: true,
  посол: true,
  генконсул: true,
  консул: true,
  дипломат: true,
  генпрокурор: true,
  прокурор: true,
  судья: true,
  омбудсмен: true,
  омбудсман: true,
  комиссар: true,
  генерал: true,
  'генерал-майор': true,
  'генерал-лейтенант': true,
  'генерал-полковник': true,
  полковник: true,
  подполковник: true,
  маршал: true,
  адмирал: true,
  представитель: true,
  царь: true,
  император: true,
  эмир: true,
  султан: true,
  шейх: true,
  командующий: true,
  главнокомандующий: true,
  обвинитель: true, // "государственный обвинитель": the prosecutor in court
  гособвинитель: true,
  // not offices: professions and public roles
  кандидат: false,
  доцент: false,
  агроном: false,
  функционер: false,
  урбанист: false,
  зоотехник: false,
  ветеринар: false,
  фермер: false,
  бухгалтер: false,
  преподаватель: false,
  учитель: false,
  специалист: false,
  заведующий: false,
  член: false,
  координатор: false,
  наблюдатель: false,
  докладчик: false,
  фотограф: false,
  инженер: false,
  педиатр: false,
  оператор: false,
  фотокорреспондент: false,
  солист: false,
  музыкант: false,
  капитан: false,
  защитник: false,
  полузащитник: false,
  нападающий: false,
  вратарь: false,
  космонавт: false,
  астронавт: false,
  врач: false,
  священник: false,
  муфтий: false,
  митрополит: false,
  патриарх: false,
  блогер: false,
  блогерша: false,
  эксперт: false,
  аналитик: false,
  политолог: false,
  политтехнолог: false,
  экономист: false,
  социолог: false,
  историк: false,
  юрист: false,
  адвокат: false,
  правозащитник: false,
  правозащитница: false,
  журналист: false,
  журналистка: false,
  корреспондент: false,
  обозреватель: false,
  редактор: false,
  главред: false,
  публицист: false,
  писатель: false,
  поэт: false,
  активист: false,
  активистка: false,
  оппозиционер: false,
  политик: false,
  бизнесмен: false,
  предприниматель: false,
  олигарх: false,
  банкир: false,
  профессор: false,
  академик: false,
  ректор: false,
  учёный: false,
  тренер: false,
  спортсмен: false,
  певец: false,
  певица: false,
  актёр: false,
  актриса: false,
  режиссёр: false,
  продюсер: false,
  основатель: false,
  владелец: false,
  совладелец: false,
  акционер: false,
};

type Paradigm = (lemma: string) => string[];

const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е');

// Declension classes of Russian nouns, singular only: role nouns in the plural name groups, not one person.
const hard: Paradigm = (l) => [l, l + 'а', l + 'у', l + 'ом', l + 'ем', l + 'е'];
const soft: Paradigm = (l) => {
  const s = l.slice(0, -1);
  return [l, s + 'я', s + 'ю', s + 'ем', l.endsWith('ий') ? s + 'и' : s + 'е'];
};
const aStem: Paradigm = (l) => {
  const s = l.slice(0, -1);
  const hush = /[гкхжшчщ]$/.test(s);
  return [l, s + (hush ? 'и' : 'ы'), s + 'е', s + 'у', s + 'ой', s + 'ою', s + 'ей'];
};
const yaStem: Paradigm = (l) => {
  const s = l.slice(0, -1);
  return [l, s + 'и', s + 'е', s + 'ю', s + 'ей', s + 'ею'];
};
/** Adjectival nouns: "управляющий", "командующий", "учёный". */
const adjectival: Paradigm = (l) => {
  const s = l.slice(0, -2);
  const soft = /[жшчщ]$/.test(s) || l.endsWith('ий');
  return soft ? [l, s + 'его', s + 'ему', s + 'им', s + 'ем'] : [l, s + 'ого', s + 'ому', s + 'ым', s + 'ом'];
};
const indeclinable: Paradigm = (l) => [l];

/** Nouns whose stem drops a vowel when inflected ("посол" → "посла"). */
const FLEETING: Record<string, string> = { посол: 'посл', певец: 'певц', владелец: 'владельц', совладелец: 'совладельц' };
/** Role heads that never inflect ("замминистра", "пресс-атташе"). */
export const INDECLINABLE_ROLE_HEADS: ReadonlySet<string> = new Set([
  'замминистра',
  'замглавы',
  'зампредседателя',
  'замруководителя',
  'замначальника',
  'замдиректора',
  'замакима',
  'замхокима',
  'замхякима',
  'замгубернатора',
  'замгенпрокурора',
  'пресс-атташе',
]);
const ADJECTIVAL = new Set(['управляющий', 'командующий', 'главнокомандующий', 'учёный', 'нападающий']);

function paradigmOf(lemma: string): string[] {
  const fleeting = FLEETING[lemma];
  if (fleeting) return [lemma, ...hard(fleeting).slice(1)];
  if (INDECLINABLE_ROLE_HEADS.has(lemma)) return indeclinable(lemma);
  if (ADJECTIVAL.has(lemma)) return adjectival(fold(lemma));
  if (lemma.endsWith('ья')) return yaStem(lemma);
  if (lemma.endsWith('а')) return aStem(lemma);
  if (lemma.endsWith('ь') || lemma.endsWith('й')) return soft(lemma);
  return hard(lemma);
}

/** Forms that are far more often another word: "после" (preposition, not "посол"). */
const NOT_ROLE = new Set(['после']);

const FORMS: ReadonlyMap<string, RoleHead> = (() => {
  const m = new Map<string, RoleHead>();
  for (const [lemma, official] of Object.entries(ROLE_HEADS)) {
    const head = { lemma, official };
    for (const f of paradigmOf(lemma)) {
      const k = fold(f);
      // the first lemma claiming a form keeps it ("главы" is "глава", never a plural of something else)
      if (!m.has(k) && !NOT_ROLE.has(k)) m.set(k, head);
    }
  }
  return m;
})();

// Plural forms ("президентов", "акимы", "глав"): a role shared by coordinated names ("бывших президентов
// Аскара Акаева и Курманбека Бакиева").
function pluralOf(lemma: string): string[] {
  const fleeting = FLEETING[lemma];
  if (INDECLINABLE_ROLE_HEADS.has(lemma) || ADJECTIVAL.has(lemma)) return [];
  if (fleeting) return ['ы', 'ов', 'ам', 'ами', 'ах'].map((e) => fleeting + e);
  if (lemma.endsWith('ья')) return ['ьи', 'ей', 'ьям', 'ьями', 'ьях'].map((e) => lemma.slice(0, -2) + e);
  if (lemma.endsWith('а')) {
    const s = lemma.slice(0, -1);
    return [s + (/[гкхжшчщ]$/.test(s) ? 'и' : 'ы'), s, s + 'ам', s + 'ами', s + 'ах'];
  }
  if (lemma.endsWith('ь')) return ['и', 'ей', 'ям', 'ями', 'ях'].map((e) => lemma.slice(0, -1) + e);
  if (lemma.endsWith('й')) return ['и', 'ев', 'ям', 'ями', 'ях'].map((e) => lemma.slice(0, -1) + e);
  const hush = /[гкхжшчщ]$/.test(lemma);
  return [hush ? 'и' : 'ы', /[жшчщ]$/.test(lemma) ? 'ей' : 'ов', 'ам', 'ами', 'ах'].map((e) => lemma + e);
}

const PLURAL_FORMS: ReadonlyMap<string, RoleHead> = (() => {
  const m = new Map<string, RoleHead>();
  for (const [lemma, official] of Object.entries(ROLE_HEADS)) {
    for (const f of pluralOf(fold(lemma))) if (!FORMS.has(f) && !m.has(f)) m.set(f, { lemma, official });
  }
  return m;
})();

const PLURAL_MATCH: ReadonlyMap<string, RoleHeadMatch> = new Map(
  [...PLURAL_FORMS].map(([k, h]) => [k, Object.freeze({ lemma: h.lemma, official: h.official, former: false })]),
);

/** The role head of a plural form ("президентов" → президент), or null. Singular forms give null. */
export function pluralRoleHeadOf(word: string): RoleHeadMatch | null {
  let w = fold(word).replace(/[\u2010-\u2015\u2212]/g, '-');
  let former = false;
  if (w.startsWith('экс-')) {
    former = true;
    w = w.slice(4);
  }
  const head = PLURAL_FORMS.get(w);
  return head ? { lemma: head.lemma, official: head.official, former } : null;
}

/**
 * The role head a word form belongs to, or null: "акима" → {lemma: "аким", official: true, former: false},
 * "Экс-президента" → {lemma: "президент", official: true, former: true}. Case and ё are ignored; any dash
 * counts as a hyphen.
 */
export function roleHeadOf(word: string): RoleHeadMatch | null {
  // fast path for words already folded (the tokens of lib/text's foldForMatch): no allocation
  const direct = FORMS_MATCH.get(word);
  if (direct) return direct;
  if (!NEEDS_FOLD.test(word) && !word.startsWith('экс-')) return word.includes('-') ? compoundHead(word) : null;
  let w = fold(word).replace(/[\u2010-\u2015\u2212]/g, '-');
  let former = false;
  if (w.startsWith('экс-')) {
    former = true;
    w = w.slice(4);
  }
  const head = FORMS.get(w) ?? (w.includes('-') ? compoundHead(w) : undefined);
  return head ? { lemma: head.lemma, official: head.official, former } : null;
}

/** roleHeadOf for a word already lowercased and ё-folded (a token of lib/text's foldForMatch). */
export function roleHeadOfFolded(w: string): RoleHeadMatch | null {
  return FORMS_MATCH.get(w) ?? (w.startsWith('экс-') ? roleHeadOf(w) : w.includes('-') ? compoundHead(w) : null);
}

const compounds = new Map<string, RoleHeadMatch | null>();
/**
 * A hyphenated compound led by a role noun, both parts in the same case: "врач-инфекционист", "врача-
 * инфекциониста", "инженер-строитель" (lemma: both parts in the nominative, the second one's ending taken
 * off as the first one's is).
 */
function compoundHead(w: string): RoleHeadMatch | null {
  let h = compounds.get(w);
  if (h !== undefined) return h;
  h = null;
  const dash = w.indexOf('-');
  const first = FORMS_MATCH.get(w.slice(0, dash));
  const second = w.slice(dash + 1);
  if (first && /^[а-я]{3,}$/.test(second)) {
    const ending = w.slice(0, dash).slice(first.lemma.length);
    if (w.slice(0, dash).startsWith(first.lemma) && second.endsWith(ending)) {
      h = Object.freeze({
        lemma: `${first.lemma}-${second.slice(0, second.length - ending.length)}`,
        official: first.official,
        former: false,
      });
    }
  }
  if (compounds.size > 10_000) compounds.clear();
  compounds.set(w, h);
  return h;
}

/** pluralRoleHeadOf for a word already folded. */
export function pluralRoleHeadOfFolded(w: string): RoleHeadMatch | null {
  return PLURAL_MATCH.get(w) ?? (w.startsWith('экс-') ? pluralRoleHeadOf(w) : null);
}

/** Characters that `fold` would change: uppercase, ё, dashes other than '-'. */
const NEEDS_FOLD = /[\p{Lu}ё\u2010-\u2015\u2212]/u;
const FORMS_MATCH: ReadonlyMap<string, RoleHeadMatch> = new Map(
  [...FORMS].map(([k, h]) => [k, Object.freeze({ lemma: h.lemma, official: h.official, former: false })]),
);

/** Is `word` (any case form) a role head? */
export const isRoleHead = (word: string): boolean => roleHeadOf(word) !== null;

const foldCase = (s: string) => s.toLowerCase().replace(/ё/g, 'е');

/** Cases a singular form of a role noun can be in, given its lemma ("министру", "министр" → dat), or null
 *  when the form is not a regular ending of the lemma (indeclinable "замминистра", unknown shapes). */
export function roleFormCases(form: string, lemma: string): GramCase[] | null {
  const f = foldCase(form).replace(/^экс-/, '');
  const l = foldCase(lemma);
  if (f === l) return ['nom'];
  const last = l[l.length - 1]!;
  if (last === 'а' || last === 'я') {
    // "глава", "судья": главы / главе / главу / главой
    if (!f.startsWith(l.slice(0, -1))) return null;
    const end = f.slice(l.length - 1);
    const soft = last === 'я';
    if (end === (soft ? 'и' : 'ы') || end === 'и') return ['gen'];
    if (end === 'е') return ['dat', 'loc'];
    if (end === (soft ? 'ю' : 'у')) return ['acc'];
    if (end === (soft ? 'ей' : 'ой') || end === 'ою' || end === 'ею') return ['ins'];
    return null;
  }
  // a fleeting vowel: "посол" → "посла", "послом"
  const stem = FLEETING[l] ?? (last === 'ь' || last === 'й' ? l.slice(0, -1) : l);
  if (!f.startsWith(stem)) return null;
  const end = f.slice(stem.length);
  if (end === 'а' || end === 'я') return ['gen', 'acc'];
  if (end === 'у' || end === 'ю') return ['dat'];
  if (end === 'ом' || end === 'ем' || end === 'ём') return ['ins'];
  if (end === 'е') return ['loc'];
  return null;
}

/** Short passive participles of appointing, dismissing and sentencing ("назначена", "освобожден",
 *  "приговорен"): verbs, never part of a title, and their ending tells the subject's gender. */
const SHORT_PASSIVE =
  /^(?:пере)?(?:назначен|избран|утвержден|освобожден|уволен|снят|отстранен|рекомендован|представлен|согласован|переведен|награжден|задержан|арестован|осужден|приговорен|оправдан)(а|о|ы)?$/;

/** The gender a short passive participle shows ("назначена" → f, "назначен" → m; "-о", "-ы": none), or
 *  undefined when the word is not one. */
export function shortPassiveGender(w: string): 'm' | 'f' | null | undefined {
  const m = SHORT_PASSIVE.exec(w);
  if (!m) return undefined;
  return m[1] === 'а' ? 'f' : m[1] ? null : 'm';
}
