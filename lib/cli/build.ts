// `corpus build <file-or-folder-or-archive>... --out <pack.json> [--jobs N]`: articles streamed in (inputs.ts),
// extracted on N threads in input order (pool.ts), the pack streamed out (pack-writer.ts). The pack is the
// same for every N, and the same as extractCorpus over the same articles in memory.
import { parseArgs } from './args';
import { readArticles } from './inputs';
import { PackWriter } from './pack-writer';
import { extractInOrder, parseJobs } from './pool';

/** createdAt: now, or SOURCE_DATE_EPOCH (seconds; reproducible builds) when set. */
export function createdAt(env = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date().toISOString();
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, not "${epoch}"`);
  return new Date(Number(epoch) * 1000).toISOString();
}

export async function runBuild(argv: string[]): Promise<number> {
  const { opts, positional } = parseArgs(argv);
  if (!positional.length || typeof opts.out !== 'string') throw new Error('build needs <file-or-folder>... --out <pack.json> [--jobs N]');
  const jobs = parseJobs(opts.jobs);
  const stamp = createdAt();
  const t0 = performance.now();
  const writer = new PackWriter(opts.out);
  try {
    for await (const rec of extractInOrder(readArticles(positional), jobs)) writer.add(rec);
    const s = await writer.finish(stamp);
    console.error(
      `built ${opts.out}: ${s.articles} articles, ${s.persons} persons, ${s.statements} statements (${figures(s.articles, t0, jobs)})`,
    );
  } catch (e) {
    writer.abort();
    throw e;
  }
  return 0;
}

/** "12.3 s, 8130 articles/s, 2 jobs, CPU 20.1 s, peak RSS 95 MB" (CPU: every thread of the process, start-up
 *  included): the figures the build bench reads. */
export function figures(articles: number, t0: number, jobs: number): string {
  const s = (performance.now() - t0) / 1000;
  const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
  const cpu = (userCPUTime + systemCPUTime) / 1e6;
  return `${s.toFixed(1)} s, ${Math.round(articles / s)} articles/s, ${jobs} job${jobs > 1 ? 's' : ''}, CPU ${cpu.toFixed(1)} s, peak RSS ${(maxRSS / 1024).toFixed(0)} MB`;
}
