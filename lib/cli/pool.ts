// Extraction of a stream of articles on N threads, results in input order (so the pack does not depend on
// N). At most WINDOW_PER_JOB × N articles are read ahead of the oldest unfinished one: memory stays bounded
// however long the input, and a slow article never lets the reorder buffer grow past the window.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { type ArticleRecord, articleRecord } from '../extract/pack-builder';
import { extractArticle } from '../extract/pipeline';
import type { ArticleInput } from '../extract/types';

/** An article and where it came from ("a.txt", "archive.jsonl:17"), for error messages. */
export interface SourcedArticle {
  input: ArticleInput;
  where: string;
}

const WINDOW_PER_JOB = 64;
/** Articles per message to a worker: fewer messages, less waking up on either side. */
const BATCH = 8;
/** Fewer articles than this are extracted on this thread: starting workers (tsx compiles the pipeline in
 *  each) costs more than they would save. */
const FEW = 64;

export const defaultJobs = (): number => os.availableParallelism();

export function parseJobs(value: string | true | undefined): number {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--jobs needs a whole number >= 1, not "${String(value)}"`);
  return n;
}

const failed = (where: string, message: string) => new Error(`${where}: extraction failed: ${message}`);

/** Records of the articles, in input order; jobs 1 (or a few articles) extracts on this thread, more on worker threads. */
export async function* extractInOrder(articles: AsyncIterable<SourcedArticle>, jobs: number): AsyncGenerator<ArticleRecord> {
  const it = articles[Symbol.asyncIterator]();
  const first: SourcedArticle[] = [];
  let ended = false;
  while (jobs > 1 && !ended && first.length < FEW) {
    const r = await it.next();
    if (r.done) ended = true;
    else first.push(r.value);
  }
  const rest = async function* () {
    yield* first.splice(0);
    if (!ended) yield* { [Symbol.asyncIterator]: () => it };
  };
  if (jobs <= 1 || ended) yield* inThread(rest());
  else yield* onWorkers(rest(), jobs);
}

/** Let the event loop turn at least this often (ms): a signal is handled within it (tsx, which runs the CLI,
 *  kills a child that does not acknowledge a relayed SIGINT within 30 ms, before its clean-up could run). */
const TURN_MS = 10;

async function* inThread(articles: AsyncIterable<SourcedArticle>): AsyncGenerator<ArticleRecord> {
  let turned = performance.now();
  for await (const { input, where } of articles) {
    let rec: ArticleRecord;
    try {
      rec = articleRecord(extractArticle(input));
    } catch (e) {
      throw failed(where, e instanceof Error ? e.message : String(e));
    }
    yield rec;
    if (performance.now() - turned > TURN_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      turned = performance.now();
    }
  }
}

async function* onWorkers(articles: AsyncIterable<SourcedArticle>, jobs: number): AsyncGenerator<ArticleRecord> {
  const workers = Array.from({ length: jobs }, startWorker);
  const busy = workers.map(() => 0);
  const where = new Map<number, string>();
  const done = new Map<number, ArticleRecord>();
  let error: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  workers.forEach((w, i) => {
    w.on('message', (m: { seq: number; records?: ArticleRecord[]; error?: string }) => {
      busy[i]!--;
      if (m.error !== undefined) error ??= failed(where.get(m.seq) ?? `article ${m.seq}`, m.error);
      else
        m.records!.forEach((r, k) => {
          done.set(m.seq + k, r);
        });
      notify();
    });
    w.on('error', (e) => {
      error ??= e;
      notify();
    });
  });
  const it = articles[Symbol.asyncIterator]();
  let sent = 0;
  let next = 0;
  let ended = false;
  try {
    for (;;) {
      while (!ended && sent - next < WINDOW_PER_JOB * jobs) {
        const batch: ArticleInput[] = [];
        while (batch.length < BATCH) {
          const r = await it.next();
          if (r.done) {
            ended = true;
            break;
          }
          where.set(sent + batch.length, r.value.where);
          batch.push(r.value.input);
        }
        if (!batch.length) break;
        const k = busy.indexOf(Math.min(...busy));
        busy[k]!++;
        workers[k]!.postMessage({ seq: sent, inputs: batch });
        sent += batch.length;
      }
      if (error) throw error;
      const rec = done.get(next);
      if (rec) {
        done.delete(next);
        where.delete(next++);
        yield rec;
      } else if (ended && next === sent) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    await it.return?.();
  }
}

// Under tsx (the `corpus` script) the worker is TypeScript: it registers tsx's loader before importing it.
const BOOT = `const { workerData } = require('node:worker_threads');
(workerData.tsx ? import(workerData.tsx).then((m) => m.register()) : Promise.resolve()).then(() => import(workerData.entry));`;

function startWorker(): Worker {
  const entry = new URL(import.meta.url.endsWith('.ts') ? './extract-worker.ts' : './extract-worker.js', import.meta.url).href;
  const tsx = entry.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : null;
  return new Worker(BOOT, { eval: true, workerData: { entry, tsx } });
}
