import type { ArticleAnalysis, ExtractedStatement } from './types';

// STUB (to be replaced)
export function extractQuotes(_analysis: ArticleAnalysis): ExtractedStatement[] {
  return [];
}
