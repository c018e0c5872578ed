import type { Sentence, Token } from '../text';
import type { ParsedArticle, PersonCluster } from './types';

// STUB (to be replaced): finds no persons.
export function findPersons(_article: ParsedArticle, _tokens: Token[], _sentences: Sentence[]): PersonCluster[] {
  return [];
}
