// Public API of the matcher: build the index once (background), match page text anywhere (content script,
// CLI). The index is plain data: JSON.stringify/parse and structured clone keep it working.
import type { Person } from '../extract/pack';
import { buildIndexData, type IndexedPerson, type MatchIndexData } from './build';
import { type MatchHit, MatchState } from './matcher';

export type { MatchHit };
export { MatchState };

/** Bump on any change of the index format or of the forms it holds (cached indexes are rebuilt). */
export const INDEX_VERSION = 2;

/** Serialisable (structured-clone / JSON safe) index built from the persons of a pack. */
export interface MatchIndex extends MatchIndexData {
  version: number;
  persons: IndexedPerson[];
}

export function buildMatchIndex(persons: Person[]): MatchIndex {
  return buildIndexData(persons, INDEX_VERSION);
}

/** Match one self-contained text (an article, a page's whole text). */
export function matchText(index: MatchIndex, text: string): MatchHit[] {
  return matchDocument(index, [text])[0]!;
}

/** Match the text blocks of one page together: evidence (a full name in one block) resolves bare surnames in
 *  the others. Returns hits per block, offsets into that block. */
export function matchDocument(index: MatchIndex, blocks: string[]): MatchHit[][] {
  checkVersion(index);
  const st = new MatchState(index);
  for (const b of blocks) st.add(b);
  return st.resolveAll();
}

/**
 * Incremental matching for pages whose text arrives over time: `add(block)` returns that block's hits
 * resolved with the evidence of every block added so far; `resolveAll()` re-resolves all blocks (a full name
 * in a late block can settle a bare surname seen earlier).
 */
export function matchStream(index: MatchIndex): MatchState {
  checkVersion(index);
  return new MatchState(index);
}

function checkVersion(index: MatchIndex): void {
  if (index.version !== INDEX_VERSION || !index.groups)
    throw new Error(`match index version ${index.version} is not ${INDEX_VERSION}: rebuild it`);
}
