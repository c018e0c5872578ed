// `corpus build` at scale: N synthetic articles (tests/cli/synthetic-articles.ts: invented people, roles,
// quotes, reported speech; ~400 characters each) in a .jsonl.gz archive, N = 100 000 × SCALE (default SCALE=1;
// SCALE=0.1 for a quick run). Each figure comes from the CLI run as `npm run corpus` runs it (a child process,
// tsx), on the same machine in the same run:
//   speed   articles/s with --jobs 1 (the baseline) and --jobs 2: the ratio is what a second core buys
//   memory  peak RSS of the build process at N/10 and at N articles (persons and article ids grow, texts do
//           not stay; V8's heap slack varies from run to run), and at N with V8's old space capped at 128 MB:
//           the build still completes, so that is what it needs; the pack's JSON size beside it for scale
//   batch   map as two shards at once (--jobs 1 each, as two batch workers would) then merge, against
//           build --jobs 2 over the same articles (same cores); the merged pack must equal the built one
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OutFile } from '../../lib/cli/out-file';
import { syntheticArticles } from '../cli/synthetic-articles';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const HEAP_CAP_MB = 128;

interface Run {
  /** Wall time of the whole command, tsx start-up included. */
  wall: number;
  /** Figures the command printed: its own seconds, articles/s, CPU seconds (all threads) and peak RSS (MB). */
  seconds: number;
  rate: number;
  cpu: number;
  rssMB: number;
}

function corpus(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['lib/cli/corpus.ts', ...args], { cwd: root, env: { ...process.env, SOURCE_DATE_EPOCH: '0', ...env } });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /\(([\d.]+) s, (\d+) articles\/s, \d+ jobs?, CPU ([\d.]+) s, peak RSS (\d+) MB\)/.exec(err);
      if (code !== 0 || !m) reject(new Error(`corpus ${args.join(' ')} failed (${code}): ${err.slice(-500)}`));
      else
        resolve({
          wall: (performance.now() - t0) / 1000,
          seconds: Number(m[1]),
          rate: Number(m[2]),
          cpu: Number(m[3]),
          rssMB: Number(m[4]),
        });
    });
  });
}

const same = (a: string, b: string): boolean => {
  const x = fs.readFileSync(a);
  return x.equals(fs.readFileSync(b));
};
const mb = (file: string) => (fs.statSync(file).size / 1e6).toFixed(0);

export async function run(): Promise<void> {
  const n = Math.round(100_000 * Number(process.env.SCALE ?? 1));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tamga-build-bench-'));
  const at = (f: string) => path.join(tmp, f);
  try {
    // one archive of N articles, the same as two shards, and its first tenth
    const all = new OutFile(at('all.jsonl.gz'));
    const tenth = new OutFile(at('tenth.jsonl.gz'));
    const shards = [new OutFile(at('shard-1.jsonl.gz')), new OutFile(at('shard-2.jsonl.gz'))];
    let i = 0;
    let chars = 0;
    for (const a of syntheticArticles(n)) {
      const line = `${JSON.stringify(a)}\n`;
      chars += a.text.length;
      all.write(line);
      shards[i < n / 2 ? 0 : 1]!.write(line);
      if (i++ < n / 10) tenth.write(line);
    }
    for (const f of [all, tenth, ...shards]) f.commit();
    console.log(`${n} synthetic articles, ${(chars / 1e6).toFixed(1)} M characters of text (${mb(at('all.jsonl.gz'))} MB gzipped)`);

    const j1 = await corpus(['build', at('all.jsonl.gz'), '--out', at('j1.json'), '--jobs', '1']);
    const j2 = await corpus(['build', at('all.jsonl.gz'), '--out', at('j2.json'), '--jobs', '2']);
    const small = await corpus(['build', at('tenth.jsonl.gz'), '--out', at('tenth.json'), '--jobs', '1']);
    // V8 lets the heap grow well past the live data when there is room; a small cap shows what is live
    const capped = await corpus(['build', at('all.jsonl.gz'), '--out', at('capped.json'), '--jobs', '1'], {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${HEAP_CAP_MB}`,
    });
    const t0 = performance.now();
    const maps = await Promise.all(
      [1, 2].map((k) => corpus(['map', at(`shard-${k}.jsonl.gz`), '--out', at(`shard-${k}.rec.jsonl.gz`), '--jobs', '1'])),
    );
    const mapWall = (performance.now() - t0) / 1000;
    const merge = await corpus(['merge', at('shard-1.rec.jsonl.gz'), at('shard-2.rec.jsonl.gz'), '--out', at('merged.json')]);

    const s = (x: number) => `${x.toFixed(1)} s`;
    const load = os.loadavg()[0]!.toFixed(1);
    console.log(
      `build --jobs 1 (baseline)  ${String(j1.rate).padStart(6)} articles/s  ${s(j1.seconds)}  CPU ${s(j1.cpu)}  peak RSS ${j1.rssMB} MB`,
    );
    console.log(
      `build --jobs 2             ${String(j2.rate).padStart(6)} articles/s  ${s(j2.seconds)}  CPU ${s(j2.cpu)}  peak RSS ${j2.rssMB} MB  ` +
        `(${(j2.rate / j1.rate).toFixed(2)}x --jobs 1; CPU ${(j2.cpu / j1.cpu).toFixed(2)}x, so on two idle cores at most ` +
        `${((2 * j1.cpu) / j2.cpu).toFixed(2)}x; same bytes: ${same(at('j1.json'), at('j2.json'))}; load average now ${load})`,
    );
    console.log(
      `peak RSS, --jobs 1: ${n / 10} articles ${small.rssMB} MB, ${n} articles ${j1.rssMB} MB (${(j1.rssMB / small.rssMB).toFixed(2)}x for 10x the articles; ` +
        `pack JSON ${mb(at('tenth.json'))} MB → ${mb(at('j1.json'))} MB)`,
    );
    console.log(
      `with V8's old space capped at ${HEAP_CAP_MB} MB: ${n} articles, peak RSS ${capped.rssMB} MB, ${capped.rate} articles/s, CPU ${s(capped.cpu)} ` +
        `(${(capped.cpu / j1.cpu).toFixed(2)}x uncapped; same bytes: ${same(at('capped.json'), at('j1.json'))})`,
    );
    console.log(
      `map 2 shards at once (--jobs 1 each) ${s(mapWall)} (${maps.map((m) => `${m.rate} articles/s, ${m.rssMB} MB`).join('; ')}) + merge ${s(merge.wall)} ` +
        `(${merge.rssMB} MB) = ${s(mapWall + merge.wall)}, build --jobs 2 ${s(j2.wall)} (${((mapWall + merge.wall) / j2.wall).toFixed(2)}x; ` +
        `merged = built: ${same(at('merged.json'), at('j2.json'))}); records ${mb(at('shard-1.rec.jsonl.gz'))} + ${mb(at('shard-2.rec.jsonl.gz'))} MB gzipped`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
