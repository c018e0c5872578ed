import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLines } from '../../lib/cli/lines';
import { OutFile } from '../../lib/cli/out-file';

let tmp = '';
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tamga-lines-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function linesOf(file: string): Promise<string[]> {
  const out: string[] = [];
  for await (const { line, n } of readLines(file)) out[n - 1] = line;
  return out;
}

describe('readLines', () => {
  // [case, file content, lines]
  const rows: [string, string, string[]][] = [
    ['final newline', 'a\nб\n', ['a', 'б']],
    ['no final newline', 'a\nб', ['a', 'б']],
    ['CRLF', 'a\r\nб\r\n', ['a', 'б']],
    ['blank lines keep their numbers', '\na\n\n\nб', ['', 'a', '', '', 'б']],
    ['a carriage return inside a line stays', 'a\rb\n', ['a\rb']],
    ['empty file', '', []],
  ];
  it.each(rows)('%s', async (name, content, lines) => {
    const plain = path.join(tmp, `${name}.txt`);
    const gz = path.join(tmp, `${name}.txt.gz`);
    fs.writeFileSync(plain, content);
    fs.writeFileSync(gz, gzipSync(content));
    expect(await linesOf(plain)).toEqual(lines);
    expect(await linesOf(gz)).toEqual(lines);
  });

  it('reads a line split across chunks and multi-byte characters split across them', async () => {
    const long = 'Ж'.repeat(300_000);
    fs.writeFileSync(path.join(tmp, 'long.txt'), `x\n${long}\ny`);
    expect(await linesOf(path.join(tmp, 'long.txt'))).toEqual(['x', long, 'y']);
  });
});

describe('OutFile', () => {
  it('writes a .gz file of several members (one per MB) that reads back line for line', async () => {
    const file = path.join(tmp, 'big.jsonl.gz');
    const out = new OutFile(file);
    const lines = Array.from({ length: 30_000 }, (_, i) => `{"n":${i},"text":"${'Ы'.repeat(40)}"}`);
    for (const l of lines) out.write(`${l}\n`);
    expect(fs.existsSync(file)).toBe(false);
    out.commit();
    expect(await linesOf(file)).toEqual(lines);
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('abort leaves the previous file in place and no temporary file', () => {
    const file = path.join(tmp, 'kept.json');
    fs.writeFileSync(file, 'previous');
    const out = new OutFile(file);
    out.write('half');
    out.abort();
    expect(fs.readFileSync(file, 'utf8')).toBe('previous');
    expect(fs.existsSync(out.tmp)).toBe(false);
  });
});
