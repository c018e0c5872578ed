// A statement (or a bare speech event) before its speaker is resolved. Candidates from every pattern are
// resolved together in text order (analyse.ts), so that "он" can refer to the speaker of the previous one.
import type { SpeakerRef } from './subject';

export interface Candidate {
  kind: 'quote' | 'reported' | 'event';
  /** Statement text range (unused for events). */
  start: number;
  end: number;
  /** Offset at which the speaker is resolved; candidates are processed in this order. */
  anchor: number;
  speaker: SpeakerRef | null;
  /** Resolve pronouns as if at this offset (the start of the quote they follow), not at the pronoun. */
  contextPos?: number;
  /** No attribution of its own: the speaker of an attribution in this or the previous sentence. */
  carry?: boolean;
  /** An interview answer: the dash line follows a question line [start, end) of a run of dash lines that
   *  opens at `leadEnd`; the answerer is the one the question addresses, else the last speaker, else the
   *  subject of the lead just before the run ("X ответил на вопросы …"). */
  answer?: { question: { start: number; end: number }; leadEnd: number };
  /** The attribution was cut off by the end of the excerpt: the last speaker, if recent. */
  cutAttribution?: boolean;
  /** Name of the pattern that produced it (for tests and debugging). */
  pattern: string;
}
