// When do two role descriptions name the same office? Used to resolve a role noun used alone ("заявил
// глава государства", "отметил блогер") to the person holding that role, and to merge duplicate roles of one
// person ("мэр Нарына" and "мэр города Нарын"). Comparison is on word stems, so case forms of the complement
// ("Алматинской области" / "Алматинская область") and place adjectives ("российский" / "России") agree.
import { countryOf, isCountryWord } from '../lexicon/places';

export interface RoleKey {
  lemma: string;
  /** Folded (lowercase, ё→е) words of the modifiers and complement. */
  words: string[];
}

/** "градоначальник" is the head of a city, whatever the city's office is called. */
const CITY_HEADS = new Set(['градоначальник']);
const CITY_OFFICES = new Set(['мэр', 'аким', 'хоким', 'хяким', 'градоначальник']);
/** Heads that name the head of whatever their complement names ("глава города" = "мэр города"). */
const GENERIC_HEADS = new Set(['глава', 'руководитель', 'лидер', 'председатель', 'начальник']);
/** Offices a generic head can stand for. */
const LEADING_OFFICES = new Set([
  'президент',
  'премьер-министр',
  'премьер',
  'аким',
  'хоким',
  'хяким',
  'мэр',
  'губернатор',
  'градоначальник',
  'председатель',
  'спикер',
  'торага',
  'министр',
  'директор',
  'начальник',
  'руководитель',
  'глава',
  'лидер',
  'раис',
]);
/** Complement words that name no particular place or body ("глава государства", "мэр города"). */
const GENERIC_WORDS = new Set([
  'государства',
  'страны',
  'республики',
  'города',
  'области',
  'района',
  'региона',
  'столицы',
  'государство',
  'страна',
  'республика',
  'город',
  'область',
  'район',
  'регион',
]);
const STATE_WORDS = new Set(['государства', 'страны', 'республики']);
/** "глава города / столицы" is whoever runs the city: a mayor, an akim or hokim of a city. */
const CITY_WORDS = new Set(['города', 'столицы', 'мегаполиса']);
/** "глава правительства / кабмина" is the prime minister, or the chairman of the cabinet. */
const GOVERNMENT_WORDS = new Set(['правительства', 'кабмина', 'кабинета']);
const REGION_WORDS = new Set(['региона', 'области', 'района', 'провинции', 'велаята', 'этрапа']);
const REGIONAL_OFFICES = new Set(['аким', 'хоким', 'хяким', 'губернатор', 'раис', 'глава', 'руководитель', 'председатель']);
const AGENCY_WORDS = new Set(['ведомства', 'министерства', 'минведомства']);
/** "глава регулятора": the head of a central bank or of a regulating agency, committee or commission. */
const REGULATOR_WORDS = new Set(['регулятора', 'мегарегулятора', 'нацбанка', 'центробанка', 'нацбанк', 'центробанк']);
const REGULATORS = ['банк', 'нацбанк', 'агентств', 'комитет', 'комисси', 'служб', 'надзор', 'регулирован'];
const AGENCY_HEADS = new Set(['председатель', 'руководитель', 'директор', 'начальник', 'глава']);
/** Bodies a "ведомство" can be ("глава ведомства" = the head of a ministry, agency, committee, service …). */
const AGENCIES = ['министерств', 'минист', 'ведомств', 'агентств', 'комитет', 'служб', 'департамент', 'управлени', 'инспекци'];
/** Kinds of bodies named by a common noun that also ends their proper names ("банк" in "Узнацбанк"). */
const BODY_KINDS = ['банк', 'компани', 'корпораци', 'холдинг', 'фонд', 'агентств', 'комитет', 'служб', 'университет'];
const FUNCTION_WORDS = new Set(['по', 'от', 'при', 'в', 'во', 'на', 'для', 'и']);

/** Same word up to its ending: "оша"/"ош", "российского"/"россии", "области"/"областной". */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length >= 4) return l.startsWith(s.slice(0, 4)) && (s.length <= 5 || l.startsWith(s.slice(0, 5)));
  return s.length >= 2 && l.startsWith(s) && l.length - s.length <= 2;
}

const content = (ws: string[]): string[] => ws.filter((w) => !FUNCTION_WORDS.has(w) && /\p{L}/u.test(w));
/** A ministry's short name is its field: "минэнерго" is the ministry of "энерго…" ("глава Минэнерго" refers to
 *  "министр энергетики"), "минздрав" of "здрав…". */
const ministry = (w: string): string[] => {
  const m = /^мин(?!истер|истр)([а-я]{3,})$/.exec(w);
  return m ? ['министерства', m[1]!] : [w];
};

function overlap(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => sameStem(x, y) || sameCountry(x, y)));
}

/** "турецкий" and "Турции", "американский" and "США": one country. */
function sameCountry(x: string, y: string): boolean {
  const c = countryOf(x);
  return c >= 0 && c === countryOf(y);
}

/** Titles that are also written as one compound word: "полномочный представитель" is "полпред",
 *  "заместитель акима" is "замакима". Both spellings are compared in the short one (contracted). */
const COMPOUNDS: Readonly<Record<string, RoleKey>> = {
  полпред: { lemma: 'представитель', words: ['полномочный'] },
  генпрокурор: { lemma: 'прокурор', words: ['генеральный'] },
  генсек: { lemma: 'секретарь', words: ['генеральный'] },
  госсекретарь: { lemma: 'секретарь', words: ['государственный'] },
  генконсул: { lemma: 'консул', words: ['генеральный'] },
  гендиректор: { lemma: 'директор', words: ['генеральный'] },
  замгенпрокурора: { lemma: 'заместитель', words: ['генерального', 'прокурора'] },
  зампредседателя: { lemma: 'заместитель', words: ['председателя'] },
  замминистра: { lemma: 'заместитель', words: ['министра'] },
  замакима: { lemma: 'заместитель', words: ['акима'] },
  замхокима: { lemma: 'заместитель', words: ['хокима'] },
  замхякима: { lemma: 'заместитель', words: ['хякима'] },
  замглавы: { lemma: 'заместитель', words: ['главы'] },
  замгубернатора: { lemma: 'заместитель', words: ['губернатора'] },
  замдиректора: { lemma: 'заместитель', words: ['директора'] },
  замначальника: { lemma: 'заместитель', words: ['начальника'] },
  замруководителя: { lemma: 'заместитель', words: ['руководителя'] },
};
const SYNONYMS: Readonly<Record<string, string>> = {
  зампред: 'зампредседателя',
  премьер: 'премьер-министр',
  // a member of parliament by any name: "— сказала парламентарий" after "депутат Жогорку Кенеша X"
  парламентарий: 'депутат',
  мажилисмен: 'депутат',
};

function contracted(k: RoleKey): RoleKey {
  const lemma = SYNONYMS[k.lemma] ?? k.lemma;
  for (const [short, long] of Object.entries(COMPOUNDS)) {
    if (long.lemma !== lemma) continue;
    const rest = [...k.words];
    const found = long.words.every((w) => {
      // an adjective in any case ("полномочного"), a noun as written (always the genitive complement)
      const i = rest.findIndex((x) => (/(ый|ий)$/.test(w) ? x.startsWith(w.slice(0, -2)) : x === w));
      return i >= 0 && rest.splice(i, 1).length > 0;
    });
    if (found) return { lemma: short, words: rest };
  }
  return lemma === k.lemma ? k : { lemma, words: k.words };
}

/**
 * Can a reference `ref` ("глава государства", "блогер", "Глава Миссии СНГ") denote a person holding `held`
 * ("президент Кыргызстана", "блогер", "глава Миссии наблюдателей от СНГ")? "полпред" refers to a "полномочный
 * представитель …" and back (COMPOUNDS).
 */
export function refersTo(ref: RoleKey, held: RoleKey): boolean {
  // "эксперт считает" after "по мнению политолога X": an analyst of any field is the expert; "пояснил
  // функционер" after "вице-президент федерации X": an officer of a federation, union, party …
  if (isStandingRef(ref))
    return ref.lemma === 'функционер'
      ? FUNCTIONARIES.has(held.lemma) && held.words.some((w) => BODIES.some((b) => w.startsWith(b)))
      : EXPERTS.has(held.lemma);
  // "заявил российский дипломат": an ambassador, a consul, or someone of a foreign ministry, of that country
  if (ref.lemma === 'дипломат' && held.lemma !== 'дипломат') {
    const diplomatic = DIPLOMATS.has(held.lemma) || held.words.some((w) => w === 'иностранных' || w === 'мид');
    const countries = content(ref.words).filter(isCountryWord);
    return diplomatic && (!countries.length || overlap(countries, held.words));
  }
  return refersToContracted(contracted(ref), contracted(held));
}

/** A reference's words before a prepositional phrase ("спортсмен в интервью телеканалу" says "спортсмен"). */
const ownWords = (k: RoleKey): string[] => {
  const i = k.words.findIndex((w) => FUNCTION_WORDS.has(w));
  return i < 0 ? k.words : k.words.slice(0, i);
};
const FUNCTIONARIES = new Set([
  'президент',
  'вице-президент',
  'председатель',
  'зампредседателя',
  'генсек',
  'секретарь',
  'директор',
  'руководитель',
  'глава',
]);
const BODIES = ['федерац', 'ассоциац', 'союз', 'клуб', 'парти', 'комитет', 'лиг'];
const DIPLOMATS = new Set(['посол', 'консул', 'генконсул', 'атташе', 'пресс-атташе', 'полпред']);

/** Nouns for the standing a person speaks with in the text ("эксперт", "аналитик", "функционер"): they refer to
 *  someone named before, but add no role beyond that person's profession or office. */
const STANDING_REFS = new Set(['эксперт', 'аналитик', 'функционер']);
export const isStandingRef = (k: RoleKey): boolean => STANDING_REFS.has(k.lemma) && !ownWords(k).length;
/** The professions "эксперт" and "аналитик" stand for. */
const EXPERTS = new Set([
  'эксперт',
  'аналитик',
  'политолог',
  'политтехнолог',
  'экономист',
  'социолог',
  'историк',
  'юрист',
  'правовед',
  'востоковед',
  'финансист',
  'эколог',
  'демограф',
]);

function refersToContracted(ref: RoleKey, held: RoleKey): boolean {
  if (CITY_HEADS.has(ref.lemma)) return CITY_OFFICES.has(held.lemma);
  const rc = content(ref.words).flatMap(ministry);
  const hc = content(held.words);
  const specific = rc.filter((w) => !GENERIC_WORDS.has(w));
  const stateOnly = !specific.length && rc.some((w) => STATE_WORDS.has(w));
  // "глава государства" is a president or the head of a country, not the head of any body
  if (stateOnly) return held.lemma === 'президент' || (GENERIC_HEADS.has(held.lemma) && hc.some(isCountryWord));
  if (ref.lemma === held.lemma) {
    if (!specific.length || !hc.length) return true;
    return overlap(specific, hc);
  }
  if (!GENERIC_HEADS.has(ref.lemma) || !LEADING_OFFICES.has(held.lemma)) return false;
  if (!rc.length) return false;
  // "глава региона/области/района" is whoever heads a region (аким, хоким, губернатор …); "глава ведомства /
  // министерства" the head of a ministry or agency; "глава банка" the head of a body whose name holds "банк"
  // ("председатель правления Узнацбанка")
  if (rc.length === 1) {
    const w = rc[0]!;
    // an akim or hokim heads a region; a "руководитель" or "глава" only one of a region ("глава района"), not of a
    // regional department ("руководитель управления строительства")
    if (REGION_WORDS.has(w))
      return (
        REGIONAL_OFFICES.has(held.lemma) &&
        (!GENERIC_HEADS.has(held.lemma) || (hc.some((x) => REGION_WORDS.has(x)) && !hc.some((x) => AGENCIES.some((k) => x.startsWith(k)))))
      );
    if (CITY_WORDS.has(w)) return CITY_OFFICES.has(held.lemma) && !hc.some((x) => REGION_WORDS.has(x));
    if (GOVERNMENT_WORDS.has(w))
      return held.lemma === 'премьер-министр' || (held.lemma === 'председатель' && hc.some((x) => GOVERNMENT_WORDS.has(x)));
    if (REGULATOR_WORDS.has(w)) return AGENCY_HEADS.has(held.lemma) && hc.some((x) => REGULATORS.some((k) => x.startsWith(k)));
    if (AGENCY_WORDS.has(w))
      return held.lemma === 'министр' || (AGENCY_HEADS.has(held.lemma) && hc.some((x) => AGENCIES.some((k) => x.startsWith(k))));
    const kind = BODY_KINDS.find((k) => w.startsWith(k));
    if (kind) return hc.some((x) => x.includes(kind));
  }
  if (specific.length) return overlap(specific, hc);
  return overlap(rc, hc);
}

/** Does `a` ("руководитель района", told by "руководивший районом") say no more than `b` ("председатель
 *  района")? It refers to it, and each of its words is generic or one of b's. */
export function restates(a: RoleKey, b: RoleKey): boolean {
  return refersTo(a, b) && content(a.words).every((w) => GENERIC_WORDS.has(w) || b.words.some((x) => sameStem(x, w)));
}

/** Two roles of one person that are the same office written twice ("мэр Нарына", "мэр города Нарын"). */
export function sameRole(a: RoleKey, b: RoleKey): boolean {
  return contracted(a).lemma === contracted(b).lemma && (refersTo(a, b) || refersTo(b, a));
}
