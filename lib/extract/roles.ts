import type { ArticleAnalysis, ExtractedRole } from './types';

// STUB (to be replaced)
export function extractRoles(_analysis: ArticleAnalysis): ExtractedRole[] {
  return [];
}
