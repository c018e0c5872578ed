import { emptyPack, type Pack } from './pack';
import type { ArticleExtraction } from './types';

// STUB (to be replaced): articles only, persons not merged.
export function buildPack(results: ArticleExtraction[]): Pack {
  const pack = emptyPack();
  for (const r of results) {
    const a = r.analysis.article;
    pack.articles.push({ id: a.id, title: a.title, date: a.date, source: a.source, url: a.url, text: a.text });
  }
  return pack;
}
