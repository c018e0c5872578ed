// Public API of the matcher. STUB signatures (to be replaced by the real implementation, same exports).
import type { Person } from '../extract/pack';

export const INDEX_VERSION = 0;

/** Serialisable (structured-clone / JSON safe) index built from the persons of a pack. */
export interface MatchIndex {
  version: number;
  persons: { id: string; name: string; official: boolean }[];
}

export interface MatchHit {
  start: number;
  end: number;
  /** The person, or null when ambiguous between `candidates`. */
  personId: string | null;
  candidates: string[];
  /** 'strong': full name, initials + surname, role + surname; 'weak': bare surname. */
  strength: 'strong' | 'weak';
}

export function buildMatchIndex(persons: Person[]): MatchIndex {
  return { version: INDEX_VERSION, persons: persons.map((p) => ({ id: p.id, name: p.name, official: p.official })) };
}

/** Match one self-contained text (an article, a page's whole text). */
export function matchText(index: MatchIndex, text: string): MatchHit[] {
  return matchDocument(index, [text])[0]!;
}

/** Match the text blocks of one page together: evidence (a full name in one block) resolves bare surnames in
 *  the others. Returns hits per block, offsets into that block. */
export function matchDocument(_index: MatchIndex, blocks: string[]): MatchHit[][] {
  return blocks.map(() => []);
}
