// A pack written while its articles arrive, so that memory holds the persons, not the corpus. The pack's
// JSON is exactly JSON.stringify of the in-memory pack (buildPack, then createdAt): articles go straight to
// the output; their mentions, roles and statements wait in spill files on disk (with corpus-wide person
// numbers) until PackBuilder.finish() fixes the person ids, then follow the persons.
import fs from 'node:fs';
import { emptyPack } from '../extract/pack';
import { type ArticleRecord, PackBuilder, packArticle, packRows } from '../extract/pack-builder';
import { readLines } from './lines';
import { OutFile } from './out-file';

const KINDS = ['mentions', 'roles', 'statements'] as const;

export interface PackSummary {
  articles: number;
  persons: number;
  statements: number;
}

export class PackWriter {
  private readonly out: OutFile;
  private readonly spills: Record<(typeof KINDS)[number], OutFile>;
  private readonly builder = new PackBuilder();
  private articles = 0;
  private statements = 0;

  constructor(file: string) {
    this.out = new OutFile(file);
    this.spills = {
      mentions: new OutFile(`${this.out.tmp}.mentions`),
      roles: new OutFile(`${this.out.tmp}.roles`),
      statements: new OutFile(`${this.out.tmp}.statements`),
    };
    // the in-memory pack's own keys, in its order, up to the articles
    const head = JSON.stringify({ ...emptyPack(), articles: [] });
    this.out.write(`${head.slice(0, head.indexOf('"articles":[') + '"articles":['.length)}`);
  }

  add(rec: ArticleRecord): void {
    const added = this.builder.add(rec);
    this.out.write(`${this.articles++ ? ',' : ''}${JSON.stringify(packArticle(rec, added))}`);
    this.statements += rec.statements.length;
    for (const k of KINDS) if (rec[k].length) this.spills[k].write(`${JSON.stringify([added.id, added.base, rec[k]])}\n`);
  }

  /** Writes persons and rows, then moves the pack into place; createdAt as in `corpus build`. */
  async finish(createdAt: string): Promise<PackSummary> {
    const persons = this.builder.finish();
    const personId = (n: number) => this.builder.personId(n);
    this.out.write(`],"persons":${JSON.stringify(persons)}`);
    for (const k of KINDS) {
      this.spills[k].commit();
      this.out.write(`,"${k}":[`);
      let first = true;
      for await (const { line } of readLines(this.spills[k].file)) {
        const [id, base, rows] = JSON.parse(line) as [string, number, ArticleRecord[typeof k]];
        const recRows = { mentions: [], roles: [], statements: [], [k]: rows } as Pick<ArticleRecord, (typeof KINDS)[number]>;
        for (const row of packRows(recRows, { id, base }, personId)[k]) {
          this.out.write(`${first ? '' : ','}${JSON.stringify(row)}`);
          first = false;
        }
      }
      fs.rmSync(this.spills[k].file);
      this.out.write(']');
    }
    this.out.write(`,"createdAt":${JSON.stringify(createdAt)}}`);
    this.out.commit();
    return { articles: this.articles, persons: persons.length, statements: this.statements };
  }

  abort(): void {
    this.out.abort();
    for (const k of KINDS) {
      this.spills[k].abort();
      fs.rmSync(this.spills[k].file, { force: true });
    }
  }
}
