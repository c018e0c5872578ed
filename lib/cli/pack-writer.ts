// A pack written while its articles arrive, so that memory holds the persons, not the corpus. The pack's
// JSON is exactly JSON.stringify of the in-memory pack (buildPack, then createdAt): articles go straight to
// the output; their mentions, roles and statements wait in spill files on disk (with corpus-wide person
// numbers) until PackBuilder.finish() fixes the person ids, then follow the persons.
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
  private files: { out: OutFile; spills: Record<(typeof KINDS)[number], OutFile> } | null = null;
  private readonly builder = new PackBuilder();
  private articles = 0;
  private statements = 0;

  /** Nothing is created until the first article (or finish): input that fails at once leaves no file. */
  constructor(private readonly file: string) {}

  private open() {
    if (this.files) return this.files;
    const out = new OutFile(this.file);
    const spills = {
      mentions: new OutFile(`${this.file}.mentions`),
      roles: new OutFile(`${this.file}.roles`),
      statements: new OutFile(`${this.file}.statements`),
    };
    // the in-memory pack's own keys, in its order, up to the articles
    const head = JSON.stringify({ ...emptyPack(), articles: [] });
    out.write(`${head.slice(0, head.indexOf('"articles":[') + '"articles":['.length)}`);
    this.files = { out, spills };
    return this.files;
  }

  add(rec: ArticleRecord): void {
    const { out, spills } = this.open();
    const added = this.builder.add(rec);
    out.write(`${this.articles++ ? ',' : ''}${JSON.stringify(packArticle(rec, added))}`);
    this.statements += rec.statements.length;
    for (const k of KINDS) if (rec[k].length) spills[k].write(`${JSON.stringify([added.id, added.base, rec[k]])}\n`);
  }

  /** Writes persons and rows, then moves the pack into place; createdAt as in `corpus build`. */
  async finish(createdAt: string): Promise<PackSummary> {
    const { out, spills } = this.open();
    const persons = this.builder.finish();
    const personId = (n: number) => this.builder.personId(n);
    out.write(`],"persons":${JSON.stringify(persons)}`);
    for (const k of KINDS) {
      spills[k].close();
      out.write(`,"${k}":[`);
      let first = true;
      for await (const { line } of readLines(spills[k].tmp)) {
        const [id, base, rows] = JSON.parse(line) as [string, number, ArticleRecord[typeof k]];
        const recRows = { mentions: [], roles: [], statements: [], [k]: rows } as Pick<ArticleRecord, (typeof KINDS)[number]>;
        for (const row of packRows(recRows, { id, base }, personId)[k]) {
          out.write(`${first ? '' : ','}${JSON.stringify(row)}`);
          first = false;
        }
      }
      spills[k].abort();
      out.write(']');
    }
    out.write(`,"createdAt":${JSON.stringify(createdAt)}}`);
    out.commit();
    return { articles: this.articles, persons: persons.length, statements: this.statements };
  }

  abort(): void {
    if (!this.files) return;
    this.files.out.abort();
    for (const k of KINDS) this.files.spills[k].abort();
  }
}
