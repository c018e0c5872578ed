// Content-script data structures, in Node: draining the scanner's queue of blocks (lib/page/queue.ts) against
// Array.prototype.shift, the baseline, at page sizes of 2 000 to 100 000 blocks, in the same run.
import { Queue } from '../../lib/page/queue';

type Entry = [object, null];

function drainArray(n: number): number {
  const a: Entry[] = [];
  for (let i = 0; i < n; i++) a.push([{}, null]);
  const t = performance.now();
  let k = 0;
  while (a.length) if (a.shift()) k++;
  return performance.now() - t + (k < 0 ? 1 : 0);
}

function drainQueue(n: number): number {
  const q = new Queue<Entry>();
  for (let i = 0; i < n; i++) q.push([{}, null]);
  const t = performance.now();
  let k = 0;
  while (q.length) if (q.shift()) k++;
  return performance.now() - t + (k < 0 ? 1 : 0);
}

const best = (f: (n: number) => number, n: number, runs: number) => Math.min(...Array.from({ length: runs }, () => f(n)));

export async function run() {
  console.log('draining the queue of blocks to match (push all, then shift all; best of runs):');
  for (const n of [2_000, 20_000, 100_000]) {
    const runs = n > 50_000 ? 1 : 5;
    const array = best(drainArray, n, runs);
    const queue = best(drainQueue, n, runs);
    console.log(
      `  ${String(n).padStart(7)} blocks  Queue ${queue.toFixed(2)} ms  Array.shift (baseline) ${array.toFixed(2)} ms  → ${(array / queue).toFixed(0)}x faster`,
    );
  }
}
