// Roles of the persons found, from small named templates around a role head noun (lexicon/roles.ts):
//   BEFORE_NAME   "Мэр города Нарын Иван Петров", "акима Сайрамского района Ивана ПЕТРОВА"
//   AFTER_NAME    "Иван Петров, министр труда, …", "… — вице-спикер Мажилиса"
//   AS_ROLE       "Петров как президент страны"
//   PREDICATE     "ранее он был мэром Нарына", "был советником президента и вице-министром культуры"
//   HEADED        "возглавил Государственную регистрационную службу" → "глава Государственной регистрационной службы"
// A role phrase attached to no name is kept as a reference ("заявил глава государства") that the speech
// stages resolve to the person holding a matching role (roles/same-role.ts).

import { lowerBound } from '../../text';
import { INDECLINABLE_ROLE_HEADS, pluralRoleHeadOfFolded, type RoleHeadMatch, roleFormCases, roleHeadOfFolded } from '../lexicon/roles';
import { Discourse, type Referent } from '../speech/discourse';
import { type Doc, docOf } from '../speech/doc';
import { quoteSpansOf } from '../speech/quote-spans';
import type { ArticleAnalysis, ExtractedRole, GramCase } from '../types';
import { agrees, mentionCases } from './agreement';
import { headedByRoles, headedRoles, ledRoles, subjectOrZero } from './headed';
import { isVerbLike, type RolePhrase, rolePhraseAt, titleModifier, titleOf } from './phrase';
import { type RoleKey, refersTo, restates, sameRole } from './same-role';

export interface RoleRef {
  /** Offset range of the role phrase. */
  start: number;
  end: number;
  t0: number;
  key: RoleKey;
  nominative: boolean;
  /** Nominative title ("глава государства"), as a role would carry it. */
  title: string;
  former: boolean;
  official: boolean;
}

export interface HeldRole {
  personKey: string;
  key: RoleKey;
  pos: number;
}

export interface RoleAnalysis {
  roles: ExtractedRole[];
  /** RoleKey of each entry of `roles`. */
  keys: RoleKey[];
  refs: RoleRef[];
  held: HeldRole[];
  /** Sorted mention offsets per person key. */
  mentionStarts: Map<string, number[]>;
}

interface Found {
  personKey: string;
  phrase: { t0: number; t1: number };
  title: string;
  key: RoleKey;
  former: boolean;
  official: boolean;
  /** Perfective predicate ("возглавил", "стал"): former when a later role follows. */
  perfective: boolean;
  pos: number;
  /** Told by a verb ("возглавил службу", "руководивший районом"): "глава/руководитель …" of what it heads. */
  verbal?: boolean;
}

const cache = new WeakMap<ArticleAnalysis, RoleAnalysis>();

export function analyseRoles(analysis: ArticleAnalysis): RoleAnalysis {
  let r = cache.get(analysis);
  if (!r) {
    r = buildRoles(docOf(analysis));
    cache.set(analysis, r);
  }
  return r;
}

const DASHES = new Set(['-', '—', '–', '‒', '―', '\u2212']);
const APPOSITION_OPENERS = new Set([',', '(', ...DASHES]);
const RELATIVE = new Set(['которого', 'которой', 'который', 'которая', 'которые', 'их', 'его', 'ее', 'её']);

/** Copulas before an instrumental role: {former?: true when the form says the role is past}. */
export const COPULAS: Record<string, { former: boolean; perfective: boolean }> = Object.assign(Object.create(null), {
  был: { former: true, perfective: false },
  была: { former: true, perfective: false },
  являлся: { former: true, perfective: false },
  являлась: { former: true, perfective: false },
  работал: { former: true, perfective: false },
  работала: { former: true, perfective: false },
  служил: { former: true, perfective: false },
  служила: { former: true, perfective: false },
  является: { former: false, perfective: false },
  работает: { former: false, perfective: false },
  служит: { former: false, perfective: false },
  стал: { former: false, perfective: true },
  стала: { former: false, perfective: true },
  назначен: { former: false, perfective: true },
  назначена: { former: false, perfective: true },
  избран: { former: false, perfective: true },
  избрана: { former: false, perfective: true },
  утвержден: { former: false, perfective: true },
  утверждена: { former: false, perfective: true },
  переизбран: { former: false, perfective: true },
  переизбрана: { former: false, perfective: true },
  // "Трудовую деятельность начал экономистом": a first post
  начал: { former: true, perfective: false },
  начала: { former: true, perfective: false },
  начинал: { former: true, perfective: false },
  начинала: { former: true, perfective: false },
});
/** A time expression between a predicate and its role ("работал в 1991–1995 годах заместителем …"). */
const TIME_WORDS = new Set([
  'в',
  'во',
  'с',
  'по',
  'до',
  'году',
  'годах',
  'годы',
  'года',
  'гг',
  'г',
  'годов',
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
]);
const isTimeToken = (doc: Doc, k: number): boolean =>
  doc.tokens[k]!.kind === 'number' || TIME_WORDS.has(doc.words[k]!) || /^[–—-]$/.test(doc.tokens[k]!.text) || doc.tokens[k]!.text === '.';
/** "занимал должность заместителя акима" */
const HOLD_VERBS: Record<string, boolean> = Object.assign(Object.create(null), {
  занимал: true,
  занимала: true,
  занимает: false,
  занимают: false,
});
const POSTS = new Set(['должность', 'пост']);
const POST_FORMS = new Set(['должность', 'должности', 'пост', 'поста']);
/** "назначен на должность акима" (a new role), "освобожден от должности акима" (a past one). */
const APPOINTED = new Set(['назначен', 'назначена', 'избран', 'избрана', 'утвержден', 'утверждена', 'переназначен', 'переназначена']);
const DISMISSED = new Set([
  'освобожден',
  'освобождена',
  'уволен',
  'уволена',
  'снят',
  'снята',
  'отстранен',
  'отстранена',
  'ушел',
  'ушла',
  'покинул',
  'покинула',
  // active: "указом президента освободил от должности акима района Ивана Петрова"
  'освободил',
  'освободила',
  'освободили',
  'уволил',
  'уволила',
  'уволили',
  'отстранил',
  'отстранила',
  'отстранили',
]);
/** "Освобожден Иван Петров, заместитель министра": the role in apposition is the one he leaves. */
const DISMISSED_SHORT = /^(?:освобожден|уволен|снят|отстранен)[аы]?$/;
const ADVERBS = new Set([
  'ранее',
  'прежде',
  'также',
  'уже',
  'еще',
  'тогда',
  'впоследствии',
  'затем',
  'потом',
  'позже',
  'до',
  'этого',
  'когда-то',
  'не',
  'в',
  'свое',
  'время',
]);
const PAST_MARKERS = new Set(['ранее', 'прежде', 'когда-то']);

function keyOf(doc: Doc, p: RolePhrase): RoleKey {
  const words = [...p.modifiers];
  for (let k = p.c0; k < p.c1; k++) if (doc.tokens[k]!.kind === 'word') words.push(doc.words[k]!);
  return { lemma: p.lemma, words };
}

function buildRoles(doc: Doc): RoleAnalysis {
  const { tokens, words, mentions } = doc;
  const found: Found[] = [];
  const refs: RoleRef[] = [];
  const referents: Referent[] = mentions.map((m) => ({ pos: m.start, sent: doc.sentOf[m.t0]!, key: m.key, subject: m.nominative }));
  const discourse = new Discourse(doc, referents);

  const add = (personKey: string, p: RolePhrase, extra: { former?: boolean; perfective?: boolean } = {}) => {
    found.push({
      personKey,
      phrase: p,
      title: titleOf(doc, p),
      key: keyOf(doc, p),
      former: p.former || Boolean(extra.former),
      official: p.official,
      perfective: Boolean(extra.perfective),
      pos: tokens[p.t0]!.start,
    });
  };

  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if (tok.kind !== 'word' || doc.mentionOf[t]! >= 0) continue;
    if (!doc.inBody(tok.start, tok.end)) continue;
    const head = roleHeadOfFolded(words[t]!);
    if (!head) {
      const plural = pluralRoleHeadOfFolded(words[t]!);
      // "кандидат в президенты", "пойти в депутаты": not a role of the names that follow
      if (plural && words[t - 1] !== 'в' && words[t - 1] !== 'во') t = pluralRoles(doc, t, plural, add);
      continue;
    }
    const s = doc.sentOf[t]!;
    const p = rolePhraseAt(doc, t, head, doc.sentEnd[s]!);
    const pStart = tokens[p.t0]!.start;
    const pEnd = tokens[p.t1 - 1]!.end;
    if (!doc.inBody(pStart, pEnd)) continue;

    // BEFORE_NAME: the phrase runs straight into a name (across at most one dash), possibly through a
    // second role in the same case ("председатель Совета ветеранов генерал Иван …")
    let k = p.t1;
    let second: RolePhrase | null = null;
    // "председатель Кабинета министров — руководитель Администрации Президента Иван Петров"; opening a
    // sentence, two roles with a comma: "Наблюдатель миссии СНГ, бывший депутат Госдумы Иван Петров, …"
    let k2 = k + 1 < tokens.length && DASHES.has(tokens[k]!.text) ? k + 1 : k;
    const opens = p.t0 === doc.sentStart[s] || (p.t0 > 0 && DASHES.has(tokens[p.t0 - 1]!.text));
    if (k2 === k && p.nominative && opens && tokens[k]?.text === ',') {
      for (let j = k + 1; j < k + 4 && j < doc.sentEnd[s]!; j++) {
        if (roleHeadOfFolded(words[j]!)) {
          k2 = j;
          break;
        }
        if (!titleModifier(words[j]!)) break;
      }
    }
    const h2 = k2 < tokens.length && doc.mentionOf[k2]! < 0 && doc.sentOf[k2] === s ? roleHeadOfFolded(words[k2]!) : null;
    if (h2) {
      const p2 = rolePhraseAt(doc, k2, h2, doc.sentEnd[s]!);
      if (p2.nominative === p.nominative) {
        second = p2;
        k = p2.t1;
      }
    }
    if (k < tokens.length && DASHES.has(tokens[k]!.text) && doc.sentOf[k] === s) k++;
    const mi = k < tokens.length ? doc.mentionOf[k]! : -1;
    if (mi >= 0 && mentions[mi]!.t0 === k && doc.sentOf[k] === s) {
      const m = mentions[mi]!;
      // apposition: the head and the name agree in case; read from both endings where they tell (an
      // indeclinable name agrees with any case: "с послом Японии Сато Кадзухиро"), else nominative or not
      const hc =
        p.caseFree || INDECLINABLE_ROLE_HEADS.has(head.lemma) ? null : p.acting ? [] : roleFormCases(tokens[p.head]!.text, p.lemma);
      const mc = hc?.length ? mentionCases(doc, m) : null;
      if (!hc || (mc ? hc.some((c) => mc.includes(c)) : p.nominative === m.nominative)) {
        // "освободил от должности хокима района Ивана Петрова": the office he leaves
        const dismissed = !p.nominative && predicateBefore(doc, p)?.former === true;
        add(m.key, p, { former: dismissed });
        if (second) add(m.key, second, { former: dismissed });
        t = (second ?? p).t1 - 1;
        continue;
      }
      // "Адвокат Петрова Анна Иванова": a genitive name is the role's complement, the name after it its holder
      const m2i = !second && mc?.includes('gen') ? (doc.mentionOf[m.t1] ?? -1) : -1;
      const m2 = m2i >= 0 ? mentions[m2i]! : null;
      if (m2 && m2.t0 === m.t1 && m2.key !== m.key && doc.sentOf[m2.t0] === s) {
        const mc2 = mentionCases(doc, m2);
        if (mc2 ? hc!.some((c) => mc2.includes(c)) : p.nominative === m2.nominative) {
          add(m2.key, { ...p, c1: m.t1, t1: m.t1 });
          t = m.t1 - 1;
          continue;
        }
      }
    }

    // AS_ROLE: "Петров как президент страны", "Петров, как глава исполнительной власти,"
    const before = p.t0 - 1;
    if (before >= 1 && words[before] === 'как' && p.nominative) {
      let b = before - 1;
      if (tokens[b]!.text === ',') b--;
      const bm = b >= 0 ? doc.mentionOf[b]! : -1;
      if (bm >= 0 && mentions[bm]!.t1 === b + 1) {
        add(mentions[bm]!.key, p);
        t = p.t1 - 1;
        continue;
      }
    }

    // AFTER_NAME: "Иван Петров, министр труда," / "Иван Петров — министр труда"
    if (before >= 1 && APPOSITION_OPENERS.has(tokens[before]!.text)) {
      const bm = doc.mentionOf[before - 1]!;
      const next = words[p.t1];
      // "Как сообщила Анна Иванова, экс-хоким получил …": a role phrase followed by its verb opens a clause
      const clause =
        next !== undefined && tokens[p.t1]!.kind === 'word' && !tokens[p.t1]!.newlineBefore && doc.sentOf[p.t1] === s && isVerbLike(next);
      if (bm >= 0 && mentions[bm]!.t1 === before && !(p.c1 === p.c0 && next && RELATIVE.has(next)) && !clause) {
        const t0 = mentions[bm]!.t0;
        const dismissed = t0 > 0 && doc.sentOf[t0 - 1] === s && DISMISSED_SHORT.test(words[t0 - 1]!);
        add(mentions[bm]!.key, p, { former: dismissed });
        t = p.t1 - 1;
        continue;
      }
    }

    // APPOINTED_AFTER: "Новым акимом области назначен Иван Петров", "На должность акима назначен Иван Петров"
    const appointee = appointeeAfter(doc, p);
    if (appointee) {
      add(appointee, p, { perfective: true });
      t = p.t1 - 1;
      continue;
    }

    // PREDICATE: "(он) был мэром Нарына", "занимал должность заместителя акима"
    const pred = predicateBefore(doc, p);
    if (pred) {
      const subject = pred.participle ? mentionBeforeParticiple(doc, pred.verb) : subjectOrZero(doc, pred.verb, discourse);
      if (subject) {
        add(subject, p, pred);
        // coordinated roles: "советником президента и вице-министром культуры"
        let q = p.t1;
        while (q + 1 < tokens.length && words[q] === 'и' && doc.sentOf[q] === s) {
          const h2 = roleHeadOfFolded(words[q + 1]!);
          if (!h2 || doc.mentionOf[q + 1]! >= 0) break;
          const p2 = rolePhraseAt(doc, q + 1, h2, doc.sentEnd[s]!);
          if (!p2.instrumental) break;
          add(subject, p2, pred);
          q = p2.t1;
        }
        t = q - 1;
        continue;
      }
    }

    // NEXT_SENTENCE_APPOINTEE: "Новый аким области представлен активу. Им стал Иван Петров."
    const next = p.nominative ? appointeeNext(doc, s) : null;
    if (next) {
      add(next, p, { perfective: true });
      t = p.t1 - 1;
      continue;
    }

    refs.push({
      start: pStart,
      end: pEnd,
      t0: p.t0,
      key: keyOf(doc, p),
      nominative: p.nominative,
      title: titleOf(doc, p),
      former: p.former,
      official: p.official,
    });
    t = Math.max(t, p.c0 - 1);
  }

  // a verb's subject inside someone's quote is the speaker's reference ("«… он руководит штабом», — сообщил X"):
  // pronouns there are not resolved against the article's persons
  const quotes = quoteSpansOf(doc.analysis.article);
  const inQuote = (pos: number) => quotes.some((q) => q.start <= pos && pos < q.end);
  for (const h of [...headedRoles(doc, discourse), ...ledRoles(doc, discourse)]) {
    const pos = tokens[h.phrase.t0]!.start;
    if (!inQuote(pos)) found.push({ ...h, pos, verbal: true });
  }
  for (const h of headedByRoles(doc)) found.push({ ...h, pos: tokens[h.phrase.t0]!.start });

  return finish(doc, found, refs);
}

/**
 * PLURAL_BEFORE_NAMES: "бывших президентов республики Аскара Акаева и Курманбека Бакиева" gives each name
 * the role. Returns the last token index consumed.
 */
function pluralRoles(doc: Doc, t: number, head: RoleHeadMatch, add: (key: string, p: RolePhrase) => void): number {
  const s = doc.sentOf[t]!;
  const p = rolePhraseAt(doc, t, head, doc.sentEnd[s]!);
  let k = p.t1;
  let any = false;
  const cases = pluralCases(doc.words[t]!);
  for (;;) {
    const mi = k < doc.tokens.length && doc.sentOf[k] === s ? doc.mentionOf[k]! : -1;
    if (mi < 0 || doc.mentions[mi]!.t0 !== k) break;
    // "представителями Петрова": a genitive name after an instrumental head is its complement
    if (!agrees(doc, cases, doc.mentions[mi]!)) break;
    add(doc.mentions[mi]!.key, p);
    any = true;
    k = doc.mentions[mi]!.t1;
    if (k < doc.tokens.length && (doc.words[k] === 'и' || doc.words[k] === ',')) k++;
    else break;
  }
  return any ? k - 1 : t;
}

/** Cases a plural noun form can be in, by its ending. */
function pluralCases(w: string): GramCase[] {
  if (/ами$|ями$/.test(w)) return ['ins'];
  if (/ам$|ям$/.test(w)) return ['dat'];
  if (/ах$|ях$/.test(w)) return ['loc'];
  if (/(ов|ев|ей)$/.test(w)) return ['gen', 'acc'];
  return ['nom', 'acc', 'gen'];
}

/** The copula or holding verb governing an instrumental/genitive role phrase, if any. */
/** Past participles of holding a role ("Петров, ранее занимавший пост министра," / "работавшим мэром"). */
const PAST_PARTICIPLE = /^(занимавш|работавш|являвш|служивш)(ий|ая|его|ей|ему|им|ем|ую|ие|их|ими)$/;

/** The mention right before a participial phrase ("Иваном Петровым, работавшим …"), in any case. */
function mentionBeforeParticiple(doc: Doc, t: number): string | null {
  for (let k = t - 1, n = 0; k >= 0 && n < 4 && doc.sentOf[k] === doc.sentOf[t]; k--, n++) {
    const mi = doc.mentionOf[k]!;
    if (mi >= 0) return doc.mentions[mi]!.key;
    if (doc.tokens[k]!.text !== ',' && !ADVERBS.has(doc.words[k]!)) {
      // "Петров, до назначения министром занимавший пост посла": a short adverbial after the comma
      for (let j = k - 1, m = 0; j > 0 && m < 5 && doc.sentOf[j] === doc.sentOf[t]; j--, m++) {
        if (doc.mentionOf[j]! >= 0 || (doc.tokens[j]!.kind === 'word' && isVerbLike(doc.words[j]!))) return null;
        if (doc.tokens[j]!.text === ',') {
          const mj = doc.mentionOf[j - 1]!;
          return mj >= 0 ? doc.mentions[mj]!.key : null;
        }
      }
      return null;
    }
  }
  return null;
}

function predicateBefore(doc: Doc, p: RolePhrase): { verb: number; former: boolean; perfective: boolean; participle?: boolean } | null {
  const { words } = doc;
  let k = p.t0 - 1;
  let past = false;
  const s = doc.sentOf[p.t0];
  for (let n = 0; k >= 0 && n < 3 && doc.sentOf[k] === s; n++, k--) {
    // "работал в 1991–1995 годах заместителем …": a time expression does not count
    if (p.instrumental) {
      let j = k;
      while (j >= 0 && doc.sentOf[j] === s && isTimeToken(doc, j) && k - j < 8) j--;
      if (j < k && j >= 0 && doc.sentOf[j] === s) {
        // "…, в 1995–2000 годах — министром финансов": the clause's verb is the one before, left out
        if (words[j] === ',' || doc.tokens[j]!.text === ',') {
          const prior = copulaBefore(doc, j);
          if (prior >= 0) return { verb: prior, former: COPULAS[words[prior]!]!.former || hasPastMarker(doc, prior), perfective: false };
          return null;
        }
        k = j;
      }
    }
    const w = words[k]!;
    if (p.instrumental && COPULAS[w]) {
      // "был избран мэром": the participle decides, not "был"
      const prev = words[k - 1];
      const c = COPULAS[w]!;
      const former = (c.former && !(prev && COPULAS[prev]?.perfective)) || past || hasPastMarker(doc, k);
      return { verb: k, former, perfective: c.perfective };
    }
    if (!p.instrumental && POSTS.has(w) && k > 0 && words[k - 1]! in HOLD_VERBS) {
      return { verb: k - 1, former: HOLD_VERBS[words[k - 1]!]! || hasPastMarker(doc, k), perfective: false };
    }
    if (!p.instrumental && POST_FORMS.has(w) && k > 1 && ['на', 'с', 'со', 'от'].includes(words[k - 1]!)) {
      const verb = words[k - 2]!;
      if (APPOINTED.has(verb)) return { verb: k - 2, former: hasPastMarker(doc, k - 2), perfective: true };
      if (DISMISSED.has(verb)) return { verb: k - 2, former: true, perfective: false };
    }
    if (p.instrumental && PAST_PARTICIPLE.test(w)) return { verb: k, former: true, perfective: false, participle: true };
    if (!p.instrumental && POSTS.has(w) && k > 0 && PAST_PARTICIPLE.test(words[k - 1]!)) {
      return { verb: k - 1, former: true, perfective: false, participle: true };
    }
    if (PAST_MARKERS.has(w)) past = true;
    if (!ADVERBS.has(w)) return null;
  }
  return null;
}

/** The copula of an earlier clause of the same sentence ("работал заместителем …, в 1995 году — министром"). */
function copulaBefore(doc: Doc, t: number): number {
  for (let k = t - 1, n = 0; k >= 0 && n < 24 && doc.sentOf[k] === doc.sentOf[t]; k--, n++) {
    if (COPULAS[doc.words[k]!] && !COPULAS[doc.words[k]!]!.perfective) return k;
    if (doc.mentionOf[k]! >= 0) return -1;
  }
  return -1;
}

/** "Им стал", "Ей стала", "Им назначен" opening a sentence: the name right after is who took the role the
 *  previous sentence named ("Новый аким области представлен активу. Им стал Иван Петров."). */
const APPOINTEE_PRONOUNS = new Set(['им', 'ей']);
const BECAME = new Set(['стал', 'стала', 'назначен', 'назначена', 'избран', 'избрана', 'утвержден', 'утверждена']);
function appointeeNext(doc: Doc, s: number): string | null {
  if (s + 1 >= doc.sentStart.length) return null;
  const k = doc.sentStart[s + 1]!;
  if (!APPOINTEE_PRONOUNS.has(doc.words[k] ?? '') || !BECAME.has(doc.words[k + 1] ?? '')) return null;
  const mi = doc.mentionOf[k + 2] ?? -1;
  const m = mi >= 0 ? doc.mentions[mi]! : null;
  return m && m.t0 === k + 2 && m.nominative ? m.key : null;
}

/** "назначен", "избрана": short participles an auxiliary "был/была" may stand before. */
const SHORT_APPOINTED = /^(?:пере)?(?:назначен|избран|утвержден)(?:а|о)?$/;
/** "исполняющим обязанности": the acting form is instrumental. */
const ACTING_INS = /^исполняющ(им|ей)$/;

/**
 * The person appointed to role `p` when the sentence puts the role first: an instrumental role, then an
 * appointing or becoming verb, then the name ("Министром энергетики стал Иван Петров", "Исполняющим
 * обязанности хокима назначен …"); or "на должность/пост" + a genitive role, then the verb ("На должность
 * акима назначена Анна Петрова"). The name must follow the verb at once, in the nominative.
 */
function appointeeAfter(doc: Doc, p: RolePhrase): string | null {
  const { words } = doc;
  // "… была назначена X": the auxiliary before the participle
  const v =
    COPULAS[words[p.t1] ?? ''] && !COPULAS[words[p.t1]!]!.perfective && SHORT_APPOINTED.test(words[p.t1 + 1] ?? '') ? p.t1 + 1 : p.t1;
  const verb = words[v];
  if (!verb || doc.sentOf[v] !== doc.sentOf[p.t0]) return null;
  const instrumental =
    p.instrumental || (p.acting !== null && ACTING_INS.test(words[p.t0] === 'временно' ? words[p.t0 + 1]! : words[p.t0]!));
  const posted = !p.nominative && !p.instrumental && POST_FORMS.has(words[p.t0 - 1] ?? '') && words[p.t0 - 2] === 'на';
  const ok = (instrumental && COPULAS[verb]?.perfective) || (posted && APPOINTED.has(verb));
  if (!ok) return null;
  const mi = doc.mentionOf[v + 1] ?? -1;
  const m = mi >= 0 ? doc.mentions[mi]! : null;
  return m && m.t0 === v + 1 && m.nominative && doc.sentOf[m.t0] === doc.sentOf[v] ? m.key : null;
}

function hasPastMarker(doc: Doc, verb: number): boolean {
  for (let k = verb - 1, n = 0; k >= 0 && n < 4 && doc.sentOf[k] === doc.sentOf[verb]; k--, n++) {
    if (PAST_MARKERS.has(doc.words[k]!)) return true;
  }
  return false;
}

function finish(doc: Doc, found: Found[], refs: RoleRef[]): RoleAnalysis {
  found.sort((a, b) => a.pos - b.pos);
  // a perfective predicate ("возглавил", "стал") is a past role once a later role of the same person follows
  const byPerson = new Map<string, Found[]>();
  for (const f of found) {
    const l = byPerson.get(f.personKey) ?? [];
    l.push(f);
    byPerson.set(f.personKey, l);
  }
  const kept: Found[] = [];
  for (const list of byPerson.values()) {
    // distinct perfective roles seen later (few per person, however long the text)
    const later: RoleKey[] = [];
    for (let i = list.length - 1; i >= 0; i--) {
      const f = list[i]!;
      if (!f.perfective) continue;
      if (!f.former && later.some((k) => !sameRole(k, f.key))) f.former = true;
      if (!later.some((k) => sameRole(k, f.key))) later.push(f.key);
    }
    const mine: Found[] = [];
    for (const f of list) {
      // "председатель района X, руководивший районом": the verb names an office the person is given by name
      if (f.verbal && list.some((g) => !g.verbal && restates(f.key, g.key))) continue;
      const dup = mine.find((g) => sameRole(g.key, f.key));
      if (dup) dup.former = dup.former && f.former;
      else mine.push(f);
    }
    kept.push(...mine);
  }
  kept.sort((a, b) => a.pos - b.pos);
  const keys = kept.map((f) => f.key);
  const roles: ExtractedRole[] = kept.map((f) => ({
    personKey: f.personKey,
    title: f.title,
    former: f.former,
    official: f.official,
    start: doc.tokens[f.phrase.t0]!.start,
    end: doc.tokens[f.phrase.t1 - 1]!.end,
  }));
  // one entry per person and distinct role (a long text repeats the same few roles)
  const held: HeldRole[] = [];
  const seenHeld = new Set<string>();
  for (const f of found) {
    const id = `${f.personKey}\u0000${f.key.lemma}\u0000${f.key.words.join(' ')}`;
    if (seenHeld.has(id)) continue;
    seenHeld.add(id);
    held.push({ personKey: f.personKey, key: f.key, pos: f.pos });
  }
  const mentionStarts = new Map<string, number[]>();
  for (const m of doc.mentions) {
    const l = mentionStarts.get(m.key) ?? [];
    l.push(m.start);
    mentionStarts.set(m.key, l);
  }
  return { roles, keys, refs, held, mentionStarts };
}

/**
 * The person a role reference stands for: among persons holding a matching role, the one mentioned last
 * before `pos`; with `forward`, else the first one mentioned after it ("Президент Казахстана отметил, …"
 * in a lead before the name).
 */
export function resolveRoleRef(analysis: ArticleAnalysis, ref: RoleKey, pos: number, forward: boolean): string | null {
  const ra = analyseRoles(analysis);
  const holders = new Set<string>();
  for (const h of ra.held) if (!holders.has(h.personKey) && refersTo(ref, h.key)) holders.add(h.personKey);
  let best: string | null = null;
  let bestPos = -1;
  let after: string | null = null;
  let afterPos = Number.POSITIVE_INFINITY;
  for (const key of holders) {
    const starts = ra.mentionStarts.get(key) ?? [];
    const i = lowerBound(starts, pos);
    if (i > 0 && starts[i - 1]! > bestPos) {
      best = key;
      bestPos = starts[i - 1]!;
    }
    if (i < starts.length && starts[i]! < afterPos) {
      after = key;
      afterPos = starts[i]!;
    }
  }
  return best ?? (forward ? after : null);
}
