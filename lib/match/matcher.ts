// The matcher. Design:
//
//   block text ──scanWords──▶ words ──(capitalised only) fold / skeleton──▶ surname table (one hash lookup)
//        hit ──▶ confirm locally: first name / patronymic / initials on either side, role word nearby,
//               or a first name that belongs to someone else (a conflict) ──▶ strong hit | conflict | pending
//   page state: per surname group, the full mentions seen so far (known person or conflict), in page order
//   pending bare surnames ──resolve──▶ nearest full mention with that surname, else the precision policy
//                                      (evidence.ts), else ambiguous between the known namesakes
//
// Cost per token is a table lookup per character plus, for capitalised words, a bloom-filter probe and (if
// it passes) one fold and one hash lookup: independent of the number of known persons. A MatchState (the
// stream of index.ts) keeps the page state so that blocks added later (a page that loads more text) are
// matched with the evidence seen so far.

import { foldForMatch } from '../text';
import { FEM, type IndexedPerson, MASC, type MatchIndexData, NOM } from './build';
import { hasSurnameShape, isNamesakePlaceWord, isRoleWord } from './evidence';
import { isFirstNameWord } from './firstnames';
import { isPatronymic } from './forms';
import { bloomOf, foldWord, isAllCaps, isDash, isUpperAt, mayContain, newWords, scanWords, type Words } from './scan';
import { cyrillicSkeletons, latinSkeleton } from './translit';

export interface MatchHit {
  start: number;
  end: number;
  /** The person, or null when ambiguous between `candidates`. */
  personId: string | null;
  candidates: string[];
  /** 'strong': full name, initials + surname, role + surname; 'weak': bare surname. */
  strength: 'strong' | 'weak';
}

/** A read-only string → list table over a plain record (as JSON.parse or structured clone gives it). */
class Table {
  constructor(private readonly rec: Record<string, number[]>) {}
  get(key: string): number[] | undefined {
    // a plain lookup: prototype members ("constructor", "__proto__") are not arrays
    const v = this.rec[key];
    return Array.isArray(v) ? v : undefined;
  }
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

interface Compiled {
  data: MatchIndexData;
  persons: IndexedPerson[];
  surnames: Table;
  latin: Table;
  firsts: Table;
  latinFirsts: Table;
  /** Prefilter over the Cyrillic surname forms (scan.ts bloomOf). */
  bloom: Uint8Array;
  /** Folded name: persons with the same name are one person for display ("Щёголев" / "Щеголёв"). */
  nameKey: string[];
}

const compiledCache = new WeakMap<object, Compiled>();

/**
 * Wrap the plain-data index once per index object. The records are used as they are (no Map copies): a
 * content script that receives a 10 000-person index pays for JSON.parse and the bloom filter only.
 */
export function compile(data: MatchIndexData): Compiled {
  let c = compiledCache.get(data);
  if (!c) {
    c = {
      data,
      persons: data.persons,
      surnames: new Table(data.surnames),
      latin: new Table(data.latin),
      firsts: new Table(data.firsts),
      latinFirsts: new Table(data.latinFirsts),
      bloom: bloomOf(Object.keys(data.surnames)),
      nameKey: data.persons.map((p) => foldForMatch(p.name).replace(/\s+/g, ' ')),
    };
    compiledCache.set(data, c);
  }
  return c;
}

/** A bare or role-licensed surname waiting for page evidence. */
interface Pending {
  start: number;
  end: number;
  pos: number;
  gids: number[];
  cands: number[];
  role: boolean;
  /** Opens a sentence or sits in an UPPERCASE run: capitalisation says nothing. */
  initial: boolean;
  nom: boolean;
  shape: boolean;
  strongOnly: boolean;
  /** A three-letter surname ("Кан", "Рид" ~ "Red"): bare only with page evidence. */
  short: boolean;
}

interface BlockResult {
  strong: MatchHit[];
  pending: Pending[];
}

/** Page order position of an offset in block b. */
const posOf = (b: number, offset: number): number => b * 0x80000000 + offset;

const CYRILLIC_WORD = /^[\u0400-\u052F-]+$/;
const PLAIN_SPACE = /^[ \u00A0\u2000-\u200A\u202F\t]{1,3}$/;
const INITIAL_GAP = /^\.[ \u00A0\u202F]{0,2}$/;
const INITIAL_PAIR_GAP = /^\.[-\u2010\u2011 \u00A0]?$/;
const SENTENCE_GAP = /[.!?…\n\r]/;
const APPOSITION_GAP = /^[ \u00A0]*[,—–-][ \u00A0]*$/;

/** Look-around helpers of MatchState.confirm over the current block (methods, not per-call closures). */
class Around {
  text = '';
  latin = false;
  constructor(
    private readonly c: Compiled,
    private readonly w: Words,
  ) {}
  gap(a: number, z: number): string {
    return this.text.slice(this.w.end[a]!, this.w.start[z]!);
  }
  span(s: number, e: number): string {
    return this.text.slice(this.w.start[s]!, this.w.end[e]!);
  }
  keyOf(s: number, e: number): string {
    return this.latin ? latinSkeleton(this.span(s, e)) : foldWord(this.span(s, e));
  }
  /** A compound joins words of one script across one dash: "Касым-Жомарт", never "Жапаров-Sadyr". */
  dashGap(a: number): boolean {
    const { start: ws, end: we } = this.w;
    const t = this.text;
    return we[a]! + 1 === ws[a + 1]! && isDash(t.charCodeAt(we[a]!)) && t.charCodeAt(ws[a]!) < 0x250 === t.charCodeAt(ws[a + 1]!) < 0x250;
  }
  /** First word of the dash-compound ending at word e ("Касым-Жомарта" → index of "Касым"). */
  back(e: number): number {
    let s = e;
    while (s > 0 && this.dashGap(s - 1)) s--;
    return s;
  }
  /** Last word of the dash-compound starting at word s. */
  fwd(s: number): number {
    let e = s;
    while (e + 1 < this.w.n && this.dashGap(e)) e++;
    return e;
  }
  firstGroups(fs: number, fe: number): number[] | undefined {
    const key = this.keyOf(fs, fe);
    if (this.latin) return this.c.latinFirsts.get(key);
    // a nominative spelling variant ("Кассым-Жомарт", "Жээнбек"/"Жеенбек") has the first name's skeleton
    return this.c.firsts.get(key) ?? (CYRILLIC_WORD.test(key) ? this.c.latinFirsts.get(cyrillicSkeletons(key)[0] ?? '') : undefined);
  }
  isFirstOf(fs: number, fe: number, p: number): boolean {
    if (fs < 0 || fe >= this.w.n || !isUpperAt(this.text, this.w.start[fs]!)) return false;
    const fg = this.firstGroups(fs, fe);
    return !!fg && this.c.persons[p]!.f.some((x) => fg.includes(x));
  }
  /** Words a and b (one space apart) are a double first name of p written without its hyphen. */
  isFirstPairOf(a: number, b: number, p: number): boolean {
    if (!isUpperAt(this.text, this.w.start[a]!) || !isUpperAt(this.text, this.w.start[b]!)) return false;
    const fg = this.latin
      ? this.c.latinFirsts.get(latinSkeleton(this.span(a, a) + this.span(b, b)))
      : this.c.firsts.get(`${foldWord(this.span(a, a))}-${foldWord(this.span(b, b))}`);
    return !!fg && this.c.persons[p]!.f.some((x) => fg.includes(x));
  }
  isMidOf(k: number, p: number): boolean {
    return k >= 0 && k < this.w.n && !!this.c.persons[p]!.mid?.includes(this.keyOf(k, k));
  }
  initialOk(letter: string, p: number): boolean {
    const l = this.latin ? letter.toLowerCase() : foldWord(letter);
    return (this.latin ? this.c.persons[p]!.li : this.c.persons[p]!.fi).includes(l);
  }
  /** A patronymic form that is not also a known surname ("Николаевичу" yes, "Януковичем" no). */
  patronymicLike(k: number): boolean {
    return !this.latin && k < this.w.n && isPatronymic(this.span(k, k)) && !this.c.surnames.has(foldWord(this.span(k, k)));
  }
  isInitialWord(k: number): boolean {
    return k >= 0 && k < this.w.n && this.w.end[k]! - this.w.start[k]! === 1 && isUpperAt(this.text, this.w.start[k]!);
  }
}

export class MatchState {
  private readonly c: Compiled;
  private readonly blocks: BlockResult[] = [];
  /** gid → positions and persons (-1: someone else) of full mentions, in page order. */
  private readonly mentions = new Map<number, { pos: number[]; who: number[] }>();
  private readonly w: Words = newWords();
  private readonly x: Around;

  constructor(index: MatchIndexData) {
    this.c = compile(index);
    this.x = new Around(this.c, this.w);
  }

  get size(): number {
    return this.blocks.length;
  }

  /** Scan one more block; returns its hits resolved with the page evidence so far. */
  add(text: string): MatchHit[] {
    const b = this.blocks.length;
    const r = this.scanBlock(b, text);
    this.blocks.push(r);
    return this.resolveBlock(r);
  }

  /** Hits of every block so far, resolved with all the page evidence. */
  resolveAll(): MatchHit[][] {
    return this.blocks.map((r) => this.resolveBlock(r));
  }

  private mention(gid: number, pos: number, who: number): void {
    let m = this.mentions.get(gid);
    if (!m) {
      m = { pos: [], who: [] };
      this.mentions.set(gid, m);
    }
    // blocks arrive in order and words within a block too, so appends keep the list sorted
    m.pos.push(pos);
    m.who.push(who);
  }

  private resolveBlock(r: BlockResult): MatchHit[] {
    if (!r.pending.length) return r.strong;
    const out = r.strong.slice();
    for (const p of r.pending) {
      const h = this.resolve(p);
      if (h) out.push(h);
    }
    return out.sort((a, b) => a.start - b.start);
  }

  private resolve(p: Pending): MatchHit | null {
    const ids = this.c.persons;
    // nearest full mention with this surname before the word, else the first one after it
    let bestBefore = -1;
    let whoBefore = -2;
    let bestAfter = Number.POSITIVE_INFINITY;
    let whoAfter = -2;
    for (const gid of p.gids) {
      const m = this.mentions.get(gid);
      if (!m) continue;
      const k = upperBound(m.pos, p.pos);
      if (k > 0 && m.pos[k - 1]! > bestBefore) {
        bestBefore = m.pos[k - 1]!;
        whoBefore = m.who[k - 1]!;
      }
      if (k < m.pos.length && m.pos[k]! < bestAfter) {
        bestAfter = m.pos[k]!;
        whoAfter = m.who[k]!;
      }
    }
    const who = whoBefore !== -2 ? whoBefore : whoAfter;
    // short, common or place-like surnames ("Ош", "Алматы"): full name or initials only, not even a role word
    // ("аким Алматы", "мэр города Ош" name the place)
    if (p.strongOnly) return null;
    if (who !== -2) {
      if (who < 0 || !p.cands.includes(who)) return null;
      // a doubtful person (build.ts: maybe an extraction slip, "Суд Алматы") needs their own full name on the
      // page, and a sentence-initial form in the nominative
      if (ids[who]!.d && p.initial && !p.nom) return null;
      return { start: p.start, end: p.end, personId: ids[who]!.id, candidates: [ids[who]!.id], strength: p.role ? 'strong' : 'weak' };
    }
    // no full mention on the page: a person known by surname alone is taken only with a role word next to the
    // surname, a doubtful one never
    const cands = p.cands.filter((i) => !ids[i]!.d && (p.role || ids[i]!.f.length > 0));
    if (!cands.length) return null;
    if (!p.role && (!p.shape || p.short || (p.initial && !p.nom))) return null;
    return {
      start: p.start,
      end: p.end,
      personId: this.single(cands),
      candidates: cands.map((i) => ids[i]!.id),
      strength: p.role ? 'strong' : 'weak',
    };
  }

  private scanBlock(b: number, text: string): BlockResult {
    const w = this.w;
    scanWords(text, w);
    const res: BlockResult = { strong: [], pending: [] };
    const n = w.n;
    const ws = w.start;
    const we = w.end;
    // a compound joins words of one script across one dash: "Касым-Жомарт", never "Жапаров-Sadyr"
    const dashGap = (a: number): boolean =>
      we[a]! + 1 === ws[a + 1]! &&
      isDash(text.charCodeAt(we[a]!)) &&
      text.charCodeAt(ws[a]!) < 0x250 === text.charCodeAt(ws[a + 1]!) < 0x250;
    // words up to `floor` belong to an earlier mention: "Жапаров С.Жапарова" is two mentions, not three
    let floor = -1;
    for (let i = 0; i < n; i++) {
      const s = ws[i]!;
      let e = i;
      while (e + 1 < n && dashGap(e)) e++;
      let entries: number[] | undefined;
      let end = i;
      let latin = false;
      // a compound first: "Римский-Корсаков", "аль-Хадж", "Касым-Жомарт" (then its parts, "Жапаров–Путин")
      if (e > i && (isUpperAt(text, s) || isUpperAt(text, ws[e]!))) {
        latin = text.charCodeAt(ws[e]!) < 0x250;
        entries = this.lookup(text.slice(s, we[e]!), latin);
        end = e;
      }
      if (!entries && isUpperAt(text, s)) {
        latin = text.charCodeAt(s) < 0x250;
        if (latin || w.hidden[i] || mayContain(this.c.bloom, text, s, we[i]!)) entries = this.lookup(text.slice(s, we[i]!), latin);
        end = i;
      }
      if (entries) {
        const r = this.confirm(b, text, i, end, entries, latin, res, floor);
        if (r >= 0) i = floor = r;
      }
    }
    return res;
  }

  private lookup(raw: string, latin: boolean): number[] | undefined {
    return latin ? this.c.latin.get(latinSkeleton(raw)) : this.c.surnames.get(foldWord(raw));
  }

  /**
   * Confirm a surname found at words i0..i1: records a strong hit, a conflict or a pending mention.
   * Returns the index of the last word consumed, or -1 when the surname had no candidate here.
   */
  private confirm(
    b: number,
    text: string,
    i0: number,
    i1: number,
    entries: number[],
    latin: boolean,
    res: BlockResult,
    floor: number,
  ): number {
    const { c, w } = this;
    const x = this.x;
    x.text = text;
    x.latin = latin;
    const ws = w.start;
    const we = w.end;
    const n = w.n;
    const persons = c.persons;

    // candidates: persons of the matched surname groups whose gender fits the form; multi-word surnames
    // ("Садыр уулу") need their tail words next
    const gids: number[] = [];
    const cands: number[] = [];
    let last = i1;
    let nom = false;
    let strongOnly = true;
    for (const e of entries) {
      const gid = e >> 3;
      const flags = e & 7;
      const grp = c.data.groups[gid]!;
      let j = i1;
      if (grp.tail) {
        let ok = true;
        for (const t of grp.tail) {
          j++;
          if (
            j >= n ||
            !PLAIN_SPACE.test(x.gap(j - 1, j)) ||
            (latin ? latinSkeleton(x.span(j, j)) !== latinSkeleton(translitTail(t)) : foldWord(x.span(j, j)) !== t)
          ) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
      }
      let any = false;
      for (const p of grp.p) {
        const g = persons[p]!.g;
        if (g === null || (g === 'm' ? flags & MASC : flags & FEM)) {
          if (!cands.includes(p)) cands.push(p);
          any = true;
        }
      }
      if (!any) continue;
      gids.push(gid);
      last = Math.max(last, j);
      if (flags & NOM) nom = true;
      if (!grp.strong) strongOnly = false;
    }
    if (!cands.length) return -1;

    const s = ws[i0]!;
    const e = we[last]!;

    let full: number[] = [];
    let hs = s;
    let he = e;
    let lastUsed = last;
    let conflict = false;

    // left: [First [Patronymic|Middle]] Surname, or initials "С. Жапаров", "С.Н. Жапаров", "К.-Ж. Токаев"
    const pe = i0 - 1;
    if (pe > floor && x.back(pe) > floor && isUpperAt(text, ws[x.back(pe)]!)) {
      const g1 = x.gap(pe, i0);
      if (x.isInitialWord(pe) && INITIAL_GAP.test(g1)) {
        let first = pe;
        let second = -1;
        if (pe - 1 > floor && x.isInitialWord(pe - 1) && INITIAL_PAIR_GAP.test(x.gap(pe - 1, pe))) {
          first = pe - 1;
          second = pe;
        }
        const l1 = x.span(first, first);
        const l2 = second >= 0 ? foldWord(x.span(second, second)) : '';
        full = cands.filter(
          (p) => x.initialOk(l1, p) && (!l2 || latin || !persons[p]!.pi || persons[p]!.pi.includes(l2) || persons[p]!.fi.includes(l2)),
        );
        if (full.length) hs = ws[first]!;
        else conflict = true;
      } else if (PLAIN_SPACE.test(g1)) {
        const ps = x.back(pe);
        const qe = ps - 1;
        const qs = qe > floor && PLAIN_SPACE.test(x.gap(qe, ps)) && x.back(qe) > floor ? x.back(qe) : -1;
        // First Surname
        full = cands.filter((p) => x.isFirstOf(ps, pe, p));
        if (full.length) hs = ws[ps]!;
        else if (qs >= 0 && ps === pe) {
          // "Касым Жомарт Токаев": a double first name written with a space
          full = qs === qe ? cands.filter((p) => x.isFirstPairOf(qs, pe, p)) : [];
          // First Patronymic Surname: the patronymic known for the person, any patronymic-shaped word, or a
          // further given name the pack does not know ("Реджеп Тайип Эрдоган"): a capitalised word that is
          // neither a surname form nor a role
          const middleLike = (p: number) => x.isMidOf(pe, p) || x.patronymicLike(pe) || this.middleName(x.span(pe, pe), latin);
          if (!full.length) full = cands.filter((p) => middleLike(p) && x.isFirstOf(qs, qe, p));
          if (full.length) hs = ws[qs]!;
        }
        if (!full.length) {
          if (qs >= 0 && ps === pe && x.patronymicLike(pe) && this.firstNameLike(text, qs, qe, latin)) conflict = true;
          else if (this.firstNameLike(text, ps, pe, latin)) conflict = true;
        }
      }
    }
    // right: Surname First [Patronymic], Surname С.Н.
    const ns = last + 1;
    if (!full.length && !conflict && ns < n && isUpperAt(text, ws[ns]!) && PLAIN_SPACE.test(x.gap(last, ns))) {
      if (x.isInitialWord(ns) && text[we[ns]!] === '.') {
        let endAt = we[ns]! + 1;
        lastUsed = ns;
        if (x.isInitialWord(ns + 1) && INITIAL_PAIR_GAP.test(x.gap(ns, ns + 1)) && text[we[ns + 1]!] === '.') {
          endAt = we[ns + 1]! + 1;
          lastUsed = ns + 1;
        }
        const l1 = x.span(ns, ns);
        full = cands.filter((p) => x.initialOk(l1, p));
        if (full.length) he = endAt;
        else conflict = true;
      } else {
        const ne = x.fwd(ns);
        const m = ne + 1;
        const patr = (p: number) => x.isMidOf(m, p) || x.patronymicLike(m);
        // "России Борис Ельцин": a capitalised word after the first name claims it (unless a patronymic
        // that is not followed by a surname of its own: "России Борису Николаевичу Ельцину")
        const capAt = (k: number) => k < n && PLAIN_SPACE.test(x.gap(k - 1, k)) && isUpperAt(text, ws[k]!);
        const claimed = capAt(m);
        full = cands.filter((p) => x.isFirstOf(ns, ne, p) && (!claimed || (patr(p) && !capAt(m + 1))));
        if (full.length) {
          he = we[ne]!;
          lastUsed = ne;
          if (claimed) {
            he = we[m]!;
            lastUsed = m;
          }
        } else if (!claimed && x.firstGroups(ns, ne) && !/^[.!?…]/.test(text.slice(we[ne]!, we[ne]! + 1))) conflict = true;
      }
    }

    // "улица Жапарова", "проспект Назарбаева", "им. Абая": a street or institution named after someone
    const before = wordBefore(text, hs);
    if (before && isNamesakePlaceWord(before)) return lastUsed;

    const pos = posOf(b, hs);
    if (full.length) {
      for (const gid of gids) for (const p of full) if (c.data.groups[gid]!.p.includes(p)) this.mention(gid, pos, p);
      res.strong.push({ start: hs, end: he, personId: this.single(full), candidates: full.map((p) => persons[p]!.id), strength: 'strong' });
      return lastUsed;
    }
    if (conflict) {
      for (const gid of gids) this.mention(gid, pos, -1);
      return last;
    }

    // "Гордон Браун": a word that is the first name of the person whose surname follows belongs to them
    if (ns < n && PLAIN_SPACE.test(x.gap(last, ns)) && isUpperAt(text, ws[ns]!)) {
      const fg = x.firstGroups(i0, i1);
      const next = fg && this.lookup(x.span(ns, ns), latin);
      if (fg && next?.some((v) => c.data.groups[v >> 3]!.p.some((p) => persons[p]!.f.some((f) => fg.includes(f))))) return -1;
    }

    // role word within the three words before (same clause), or right after a comma/dash
    let role = 0; // 0 none, 1 adjacent, 2 near
    for (let m = i0 - 1, steps = 0; m >= 0 && steps < 3; m--, steps++) {
      const g = x.gap(m, m + 1);
      if (!PLAIN_SPACE.test(g) && !(g.length === 1 && isDash(g.charCodeAt(0)))) break;
      if (isRoleWord(x.span(m, m))) {
        role = steps === 0 ? 1 : 2;
        break;
      }
    }
    if (!role && ns < n && APPOSITION_GAP.test(x.gap(last, ns))) {
      for (let m = ns; m < n && m < ns + 3; m++) {
        if (m > ns && !PLAIN_SPACE.test(x.gap(m - 1, m)) && !x.dashGap(m - 1)) break;
        if (isRoleWord(x.span(m, m))) {
          role = 2;
          break;
        }
      }
    }
    const caps =
      isAllCaps(text, s, we[i1]!) &&
      ((i0 > 0 && isAllCaps(text, ws[i0 - 1]!, we[i0 - 1]!)) || (ns < n && isAllCaps(text, ws[ns]!, we[ns]!)));
    res.pending.push({
      start: s,
      end: e,
      pos: posOf(b, s),
      gids,
      cands,
      role: role > 0,
      initial: caps || sentenceInitial(text, w, i0),
      nom,
      shape: gids.some((g) => hasSurnameShape(c.data.groups[g]!.key)),
      strongOnly,
      short: gids.every((g) => c.data.groups[g]!.key.replace(/[\s-]/g, '').length <= 3),
    });
    return last;
  }

  /**
   * A given name between first name and surname that the pack does not know: a first name of the lexicon, or
   * a short name-cased word that is no surname form, has no surname ending and is no role ("Тайип").
   */
  private middleName(word: string, latin: boolean): boolean {
    if (!nameCased(word) || this.lookup(word, latin) || isRoleWord(word)) return false;
    const f = foldWord(word);
    return isFirstNameWord(f) || (word.length <= 10 && !hasSurnameShape(f));
  }

  /** The one person of a candidate list (persons with the same name count as one), else null. */
  private single(cands: number[]): string | null {
    const k = this.c.nameKey;
    return cands.every((p) => k[p] === k[cands[0]!]) ? this.c.persons[cands[0]!]!.id : null;
  }

  /** Words s..e are a capitalised first name of someone (known, or in the first-name lexicon), not a role. */
  private firstNameLike(text: string, s: number, e: number, latin: boolean): boolean {
    const ws = this.w.start;
    const we = this.w.end;
    if (s < 0 || !isUpperAt(text, ws[s]!)) return false;
    const raw = text.slice(ws[s]!, we[e]!);
    if (raw.length < 2 || isRoleWord(raw)) return false;
    if (latin) return this.c.latinFirsts.has(latinSkeleton(raw));
    const f = foldWord(raw);
    return this.c.firsts.has(f) || isFirstNameWord(f);
  }
}

function translitTail(t: string): string {
  // the tail words are Turkic patronymic markers; their Latin spellings skeletonise like this
  return t === 'уулу' ? 'uulu' : t === 'кызы' ? 'kyzy' : t === 'улы' ? 'uly' : t === 'оглы' ? 'ogly' : t;
}

/** "Тайип" or "ТАЙИП", not "ЖапаровСадыр" (words run together in scraped text), "Жапаровa" (mixed scripts) nor "Т". */
const nameCased = (w: string): boolean =>
  w.length > 1 && /^\p{Lu}(?:\p{Ll}+|\p{Lu}+)$/u.test(w) && (/^\p{Script=Cyrillic}+$/u.test(w) || /^\p{Script=Latin}+$/u.test(w));

/** The word right before offset `at` (skipping spaces and a dot: "ул. Жапарова"), lowercased; or ''. */
function wordBefore(text: string, at: number): string {
  let e = at;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\u00A0' || text[e - 1] === '.')) e--;
  let s = e;
  while (s > 0 && /[\p{L}-]/u.test(text[s - 1]!)) s--;
  return e - s > 12 ? '' : text.slice(s, e).toLowerCase();
}

/** Index of the first element > x in a sorted array. */
function upperBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Word i opens a sentence (block start, after . ! ? … or a line break; not after an initial "С."). */
function sentenceInitial(text: string, w: Words, i: number): boolean {
  if (i === 0) return true;
  const g = text.slice(w.end[i - 1]!, w.start[i]!);
  if (!SENTENCE_GAP.test(g)) return false;
  if (g.includes('\n') || g.includes('\r')) return true;
  // "С. Жапаров": the dot closes an initial, not a sentence
  return !(w.end[i - 1]! - w.start[i - 1]! === 1 && isUpperAt(text, w.start[i - 1]!) && g[0] === '.');
}
