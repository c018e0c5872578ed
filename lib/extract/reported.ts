import type { ArticleAnalysis, ExtractedStatement } from './types';

// STUB (to be replaced)
export function extractReported(_analysis: ArticleAnalysis, _quotes: ExtractedStatement[]): ExtractedStatement[] {
  return [];
}
