// Worker thread of lib/cli/pool.ts: extracts the articles it is sent (a batch per message, numbered from
// seq) and answers with their records, or with the number of the article that failed and the error.
import { parentPort } from 'node:worker_threads';
import { articleRecord } from '../extract/pack-builder';
import { extractArticle } from '../extract/pipeline';
import type { ArticleInput } from '../extract/types';

parentPort!.on('message', ({ seq, inputs }: { seq: number; inputs: ArticleInput[] }) => {
  const records = [];
  for (const input of inputs) {
    try {
      records.push(articleRecord(extractArticle(input)));
    } catch (e) {
      parentPort!.postMessage({ seq: seq + records.length, error: e instanceof Error ? e.message : String(e) });
      return;
    }
  }
  parentPort!.postMessage({ seq, records });
});
