// Reported (indirect) speech attributed to the persons found: "X заявил, что …", "По словам X, …",
// "Как утверждает X, …", "…, сообщил X", "Об этом заявил X". Patterns: speech/reported-patterns.ts.
// `quotes` is accepted for the pipeline's contract; the speech stage already resolved both together.
import { analyseSpeech } from './speech/analyse';
import type { ArticleAnalysis, ExtractedStatement } from './types';

export function extractReported(analysis: ArticleAnalysis, _quotes?: ExtractedStatement[]): ExtractedStatement[] {
  return analyseSpeech(analysis).reported;
}
