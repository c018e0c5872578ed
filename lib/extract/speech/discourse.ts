// Who "он" / "она" / "его" is: the most recent subject in the preceding sentences (a name in the nominative,
// a role noun standing for a named person, or the resolved speaker of an earlier attribution), agreeing in
// gender; failing that, the most recent person named in any case. Look-back is bounded (a few sentences,
// a few dozen referents), so resolution is constant time per pronoun.
import { lowerBoundBy } from '../../text';
import type { Gender } from '../pack';
import type { Doc } from './doc';

export interface Referent {
  /** Offset of the referring expression. */
  pos: number;
  sent: number;
  key: string;
  /** A subject: a nominative name or role noun, or the speaker of an attribution. */
  subject: boolean;
}

const WINDOW_SENTENCES = 4;
const MAX_STEPS = 64;

const upperBound = (arr: Referent[], pos: number): number => lowerBoundBy(arr, pos, (r) => r.pos);

export class Discourse {
  private readonly refs: Referent[];
  private readonly events: Referent[] = [];

  constructor(
    private readonly doc: Doc,
    refs: Referent[],
  ) {
    this.refs = [...refs].sort((a, b) => a.pos - b.pos);
  }

  /** Record the resolved speaker of an attribution at `pos` (a subject for later pronouns). */
  addEvent(pos: number, key: string): void {
    const sent = this.doc.sentOf[Math.min(this.doc.tokenAt(pos), this.doc.tokens.length - 1)] ?? 0;
    const e = { pos, sent, key, subject: true };
    const i = upperBound(this.events, pos);
    this.events.splice(i, 0, e);
  }

  /** The last speaker recorded before `pos` within the look-back window, if any. */
  lastSpeaker(pos: number, maxSentences = 2): Referent | null {
    const sent = this.sentenceOf(pos);
    const i = upperBound(this.events, pos) - 1;
    const e = this.events[i];
    return e && sent - e.sent <= maxSentences ? e : null;
  }

  private sentenceOf(pos: number): number {
    const t = Math.min(this.doc.tokenAt(pos), this.doc.tokens.length - 1);
    return t >= 0 ? this.doc.sentOf[t]! : 0;
  }

  private fits(key: string, gender: Gender): boolean {
    if (!gender) return true;
    const g = this.doc.genderOf(key);
    return g === null || g === gender;
  }

  /**
   * Resolve a pronoun at `pos` of grammatical gender `gender`. A subject pronoun may refer to a subject
   * earlier in its own sentence ("Петров выступил с заявлением: он сообщил, что …"); a possessive one
   * ("по его словам") only to an earlier sentence.
   */
  resolvePronoun(pos: number, gender: Gender, sameSentence = false): string | null {
    const sent = this.sentenceOf(pos);
    const minSent = sent - WINDOW_SENTENCES;
    let best: Referent | null = null;
    // subjects of earlier sentences; speakers of attributions also from earlier in the same sentence
    let steps = 0;
    for (let i = upperBound(this.refs, pos) - 1; i >= 0 && steps < MAX_STEPS; i--, steps++) {
      const r = this.refs[i]!;
      if (r.sent < minSent) break;
      if (r.subject && (r.sent < sent || sameSentence) && this.fits(r.key, gender)) {
        best = r;
        break;
      }
    }
    steps = 0;
    for (let i = upperBound(this.events, pos) - 1; i >= 0 && steps < MAX_STEPS; i--, steps++) {
      const e = this.events[i]!;
      // a speaker beats a plain subject named later in the same sentence ("X заявил, что Y находится …")
      if (e.sent < minSent || (best && e.sent < best.sent)) break;
      if (this.fits(e.key, gender)) {
        best = e;
        break;
      }
    }
    if (best) return best.key;
    steps = 0;
    for (let i = upperBound(this.refs, pos) - 1; i >= 0 && steps < MAX_STEPS; i--, steps++) {
      const r = this.refs[i]!;
      if (r.sent < minSent) break;
      if (this.fits(r.key, gender)) return r.key;
    }
    return null;
  }
}
