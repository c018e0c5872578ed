// The extraction pipeline, stage by stage:
//   parseArticle (metadata, body ranges without page furniture)
//   → tokenize + splitSentences (lib/text)
//   → findPersons (name mentions, clustering, nominative names)
//   → extractRoles, extractQuotes, extractReported (attribution to the persons found)
//   → buildPack (merge persons across articles by identity, assign ids) in pack-builder.ts.
import { splitSentences, tokenize } from '../text';
import { parseArticle } from './article';
import type { Pack } from './pack';
import { buildPack } from './pack-builder';
import { findPersons } from './persons';
import { extractQuotes } from './quotes';
import { extractReported } from './reported';
import { extractRoles } from './roles';
import type { ArticleExtraction, ArticleInput } from './types';

export function extractArticle(input: ArticleInput): ArticleExtraction {
  const article = parseArticle(input);
  const tokens = tokenize(article.text);
  const sentences = splitSentences(article.text);
  const persons = findPersons(article, tokens, sentences);
  const analysis = { article, tokens, sentences, persons };
  const roles = extractRoles(analysis);
  const quotes = extractQuotes(analysis);
  const reported = extractReported(analysis, quotes);
  return { analysis, roles, statements: [...quotes, ...reported].sort((a, b) => a.start - b.start) };
}

/** Extract every input and build one corpus pack. */
export function extractCorpus(inputs: Iterable<ArticleInput>): Pack {
  const results: ArticleExtraction[] = [];
  for (const input of inputs) results.push(extractArticle(input));
  return buildPack(results);
}
