// Direct quotes attributed to the persons found. The patterns live in speech/quote-candidates.ts; speakers
// are resolved together with reported speech in speech/analyse.ts (one pass in text order).
import { analyseSpeech } from './speech/analyse';
import type { ArticleAnalysis, ExtractedStatement } from './types';

export function extractQuotes(analysis: ArticleAnalysis): ExtractedStatement[] {
  return analyseSpeech(analysis).quotes;
}
