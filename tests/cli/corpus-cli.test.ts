// The `corpus` command end to end, run as `npm run corpus` runs it (tsx, a child process): build streams
// folders and JSONL archives, --jobs N gives the same bytes as --jobs 1, and --jobs 1 the same bytes as the
// in-memory pipeline (extractCorpus + createdAt, what `build` wrote before it streamed); map + merge over
// shards equals build; bad input fails naming file and line, leaving nothing at --out.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRecord } from '../../lib/cli/record';
import { articleRecord } from '../../lib/extract/pack-builder';
import { extractArticle, extractCorpus } from '../../lib/extract/pipeline';
import { syntheticArticles } from './synthetic-articles';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const EPOCH = '1700000000';
const STAMP = new Date(Number(EPOCH) * 1000).toISOString();

function corpus(...args: string[]): { code: number; stderr: string } {
  const r = spawnSync(tsx, ['lib/cli/corpus.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH },
  });
  return { code: r.status ?? -1, stderr: r.stderr };
}

let tmp = '';
const at = (...p: string[]) => path.join(tmp, ...p);
const read = (f: string) => fs.readFileSync(at(f), 'utf8');
const seedFiles = fs
  .readdirSync(path.join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const seeds = seedFiles.map((f) => ({ id: f.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(root, 'seeds', f), 'utf8') }));
const synthetic = [...syntheticArticles(150)]; // more than lib/cli/pool.ts extracts without workers

/** What `build` wrote before streaming: the in-memory pack with createdAt added last. */
const inMemory = (articles: { id: string; text: string }[]) => JSON.stringify({ ...extractCorpus(articles), createdAt: STAMP });

const jsonl = (articles: object[]) => articles.map((a) => `${JSON.stringify(a)}\n`).join('');

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tamga-cli-'));
  // synthetic articles in three shard folders, one nested, one file name repeated in two folders
  synthetic.forEach((a, i) => {
    const dir = i < 50 ? at('syn', 'a') : i < 100 ? at('syn', 'b', 'deep') : at('syn', 'c');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${a.id}.txt`), a.text);
  });
  fs.writeFileSync(at('syn', 'c', `${synthetic[0]!.id}.txt`), synthetic[0]!.text.replace('Новости', 'Сводка'));
  fs.writeFileSync(at('syn', 'c', 'ignored.json'), '{}');
  expect(corpus('build', at('syn'), '--out', at('syn-1.json'), '--jobs', '1').code).toBe(0);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('corpus build', () => {
  it('--jobs 1 writes the same bytes as the in-memory pipeline (seeds)', () => {
    expect(corpus('build', 'seeds', '--out', at('seeds-1.json'), '--jobs', '1').code).toBe(0);
    expect(read('seeds-1.json')).toBe(inMemory(seeds));
  });

  it.each([['2'], ['3']])('--jobs %s writes the same bytes as --jobs 1 (seeds and synthetic)', (jobs) => {
    expect(corpus('build', 'seeds', '--out', at(`seeds-${jobs}.json`), '--jobs', jobs).code).toBe(0);
    expect(read(`seeds-${jobs}.json`)).toBe(inMemory(seeds));
    expect(corpus('build', at('syn'), '--out', at(`syn-${jobs}.json`), '--jobs', jobs).code).toBe(0);
    expect(read(`syn-${jobs}.json`)).toBe(read('syn-1.json'));
  });

  it('reads a folder tree lazily in the same order and ids as before (the second of two equal names gets -2)', () => {
    const pack = JSON.parse(read('syn-1.json')) as { articles: { id: string }[]; persons: { first: string | null }[] };
    const ids = pack.articles.map((a) => a.id);
    expect(ids).toContain(`${synthetic[0]!.id}-2`);
    expect(ids).toHaveLength(synthetic.length + 1);
    expect(pack.persons.length).toBeGreaterThan(5);
  });

  it('reads JSONL and JSONL.gz archives as the same articles given as files', () => {
    fs.writeFileSync(at('seeds.jsonl'), jsonl(seeds.slice(0, 2)));
    fs.writeFileSync(at('seeds.jsonl.gz'), gzipSync(`\n${jsonl(seeds.slice(2)).replace(/\n/g, '\r\n')}`));
    expect(corpus('build', at('seeds.jsonl'), at('seeds.jsonl.gz'), '--out', at('arch.json')).code).toBe(0);
    expect(read('arch.json')).toBe(read('seeds-1.json'));
  });

  it('takes title, date, source and url from an article line when given', () => {
    const line = {
      id: 'x1',
      text: 'Бакыт Осмонов заявил, что дороги отремонтируют.',
      title: 'Дороги',
      date: '2024-05-01',
      source: 'Тест',
      url: null,
    };
    fs.writeFileSync(at('meta.jsonl'), jsonl([line]));
    expect(corpus('build', at('meta.jsonl'), '--out', at('meta.json'), '--jobs', '1').code).toBe(0);
    const a = (JSON.parse(read('meta.json')) as { articles: object[] }).articles[0];
    expect(a).toMatchObject({ id: 'x1', title: 'Дороги', date: '2024-05-01', source: 'Тест' });
  });
});

describe('corpus map + merge', () => {
  it('over three shards (a folder, an archive, gzipped records) equals build over the same articles', () => {
    fs.writeFileSync(at('b.jsonl.gz'), gzipSync(jsonl(synthetic.slice(50, 100))));
    expect(corpus('build', at('syn', 'a'), at('b.jsonl.gz'), at('syn', 'c'), '--out', at('whole.json'), '--jobs', '2').code).toBe(0);
    expect(corpus('map', at('syn', 'a'), '--out', at('a.rec.jsonl'), '--jobs', '1').code).toBe(0);
    expect(corpus('map', at('b.jsonl.gz'), '--out', at('b.rec.jsonl.gz'), '--jobs', '2').code).toBe(0);
    expect(corpus('map', at('syn', 'c'), '--out', at('c.rec.jsonl')).code).toBe(0);
    expect(read('a.rec.jsonl').trim().split('\n')).toHaveLength(50);
    expect(corpus('merge', at('a.rec.jsonl'), at('b.rec.jsonl.gz'), at('c.rec.jsonl'), '--out', at('merged.json')).code).toBe(0);
    expect(read('merged.json')).toBe(read('whole.json'));
  });
});

describe('bad input', () => {
  const good = JSON.stringify({ id: 'ok', text: 'Бакыт Осмонов заявил, что всё хорошо.' });
  const record = (patch: (r: Record<string, unknown>) => void): string => {
    const r = JSON.parse(formatRecord(articleRecord(extractArticle(JSON.parse(good))))) as Record<string, unknown>;
    patch(r);
    return JSON.stringify(r);
  };
  // [case, command, file name, file content, message expected on stderr]
  const rows: [string, string, string, () => string, RegExp][] = [
    ['line not JSON', 'build', 'bad.jsonl', () => `${good}\n{"id": "x", "text": \n`, /bad\.jsonl:2: not JSON/],
    [
      'line without text',
      'build',
      'bad.jsonl',
      () => `${good}\n\n${JSON.stringify({ id: 'x' })}\n`,
      /bad\.jsonl:3: not an article line: text: /,
    ],
    [
      'bad date',
      'build',
      'bad.jsonl',
      () => JSON.stringify({ id: 'x', text: 't', date: '5 мая' }),
      /bad\.jsonl:1: .*date: date must be YYYY-MM/,
    ],
    ['gzip broken', 'build', 'bad.jsonl.gz', () => 'not gzip', /bad\.jsonl\.gz: incorrect header check/],
    [
      'record of a newer version',
      'merge',
      'bad.rec.jsonl',
      () =>
        record((r) => {
          r.version = 2;
        }),
      /bad\.rec\.jsonl:1: record format version 2/,
    ],
    ['article line given to merge', 'merge', 'bad.rec.jsonl', () => good, /bad\.rec\.jsonl:1: not a tamga-article record: format: /],
    [
      'record pointing at a missing person',
      'merge',
      'bad.rec.jsonl',
      () =>
        record((r) => {
          (r.mentions as { person: number }[])[0]!.person = 99;
        }),
      /bad\.rec\.jsonl:1: mentions\.0\.person: 99, but the record has \d+ persons/,
    ],
    [
      'record offsets past the text',
      'merge',
      'bad.rec.jsonl',
      () =>
        record((r) => {
          (r.mentions as { end: number }[])[0]!.end = 1e9;
        }),
      /bad\.rec\.jsonl:1: mentions\.0: offsets \d+\.\.1000000000 outside the article text/,
    ],
  ];
  it.each(rows)('%s: exit 1, the file and line named, --out untouched, no temporary files', (_, cmd, name, content, message) => {
    const dir = at('bad', name);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, name), content());
    fs.writeFileSync(path.join(dir, 'out.json'), 'previous');
    const r = corpus(cmd, path.join(dir, name), '--out', path.join(dir, 'out.json'), '--jobs', '2');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(fs.readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('previous');
    expect(fs.readdirSync(dir).sort()).toEqual([name, 'out.json'].sort());
  });

  it.each([
    ['a missing input', ['build', 'no/such/folder', '--out', 'x.json'], /no such file or folder: no\/such\/folder/],
    ['--jobs 0', ['build', 'seeds', '--out', 'x.json', '--jobs', '0'], /--jobs needs a whole number >= 1/],
    ['merge without --out', ['merge', 'a.jsonl'], /merge needs/],
  ])('%s: a usage error before any output', (_, args, message) => {
    const r = corpus(...args.map((a) => (a.endsWith('.json') ? at(a) : a)));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(fs.existsSync(at('x.json'))).toBe(false);
  });
});

describe('interrupted', () => {
  it('SIGINT during a build removes the temporary files and leaves --out as it was', async () => {
    const dir = at('sigint');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'big.jsonl.gz'), gzipSync(jsonl([...syntheticArticles(3000)])));
    fs.writeFileSync(path.join(dir, 'out.json'), 'previous');
    // node with tsx's loader, not the tsx CLI: the tsx CLI relays the signal and SIGKILLs a child that has
    // not acknowledged it within 30 ms, a race on a loaded machine (lib/cli/pool.ts keeps that window short)
    const args = [
      '--import',
      'tsx',
      'lib/cli/corpus.ts',
      'build',
      path.join(dir, 'big.jsonl.gz'),
      '--out',
      path.join(dir, 'out.json'),
      '--jobs',
      '1',
    ];
    const child = spawn(process.execPath, args, { cwd: root });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    while (!fs.readdirSync(dir).some((f) => f.endsWith('.tmp'))) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(fs.readdirSync(dir).sort()).toEqual(['big.jsonl.gz', 'out.json']);
    expect(fs.readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('previous');
  });
});
