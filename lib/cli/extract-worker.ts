// Worker thread of lib/cli/pool.ts: extracts the articles it is sent, one message each, and answers with
// the article's record (or the error's message) under the same sequence number.
import { parentPort } from 'node:worker_threads';
import { articleRecord } from '../extract/pack-builder';
import { extractArticle } from '../extract/pipeline';
import type { ArticleInput } from '../extract/types';

parentPort!.on('message', ({ seq, input }: { seq: number; input: ArticleInput }) => {
  try {
    parentPort!.postMessage({ seq, record: articleRecord(extractArticle(input)) });
  } catch (e) {
    parentPort!.postMessage({ seq, error: e instanceof Error ? e.message : String(e) });
  }
});
