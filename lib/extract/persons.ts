// Person detection for one article: the word stream of its name-bearing ranges (body and credit lines) →
// name shapes (names/shapes.ts) → persons with nominative names and every mention (names/cluster.ts).
import type { Sentence, Token } from '../text';
import { clusterMentions } from './names/cluster';
import { scanShapes } from './names/shapes';
import { wordsOf } from './names/words';
import type { ParsedArticle, PersonCluster, Span } from './types';

/** Body ranges plus credit lines (bylines, photo credits): where names count. Sorted, disjoint. */
export function nameRanges(article: ParsedArticle): Span[] {
  const all = [...article.body, ...(article.credits ?? [])].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const r of all) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

export function findPersons(article: ParsedArticle, tokens: Token[], sentences: Sentence[]): PersonCluster[] {
  const words = wordsOf(article.text, tokens, sentences, nameRanges(article), article.credits ?? []);
  const raws = scanShapes(words, article.text);
  return clusterMentions(raws, words, article.text);
}
