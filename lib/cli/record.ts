// The two JSON-lines formats of the corpus CLI, validated by valibot like the pack (lib/extract/pack.ts):
//   article lines  (build and map input, *.jsonl / *.jsonl.gz): one article per line, the fields of an article
//                  file: {"id", "text"} and optionally "title", "date", "source", "url" (null or absent: read
//                  from the text, as for a file).
//   record lines   (map output, merge input): one article's extraction, {"format": "tamga-article",
//                  "version": RECORD_FORMAT_VERSION, article, persons, mentions, roles, statements}
//                  (ArticleRecord in lib/extract/pack-builder.ts). Bump the version on any incompatible change.
import * as v from 'valibot';
import type { ArticleRecord } from '../extract/pack-builder';
import type { ArticleInput } from '../extract/types';

export const RECORD_FORMAT = 'tamga-article';
export const RECORD_FORMAT_VERSION = 1;

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const Index = v.pipe(v.number(), v.integer(), v.minValue(0));
const DateStr = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'date must be YYYY-MM or YYYY-MM-DD'));
const OptString = v.optional(v.nullable(v.string()));

const ArticleLineSchema = v.object({
  id: Id,
  text: v.string(),
  title: OptString,
  date: v.optional(v.nullable(DateStr)),
  source: OptString,
  url: OptString,
});

const RecordSchema = v.object({
  format: v.literal(RECORD_FORMAT),
  version: v.literal(RECORD_FORMAT_VERSION),
  article: v.object({
    id: Id,
    title: v.nullable(v.string()),
    date: v.nullable(DateStr),
    source: v.nullable(v.string()),
    url: v.nullable(v.string()),
    text: v.string(),
  }),
  persons: v.array(
    v.object({
      name: v.pipe(v.string(), v.minLength(1)),
      first: v.nullable(v.string()),
      last: v.string(),
      patronymic: v.nullable(v.string()),
      gender: v.nullable(v.picklist(['m', 'f'])),
      variants: v.array(v.string()),
      initial: v.nullable(v.string()),
    }),
  ),
  mentions: v.array(v.object({ person: Index, start: Offset, end: Offset })),
  roles: v.array(
    v.object({
      person: Index,
      title: v.pipe(v.string(), v.minLength(1)),
      former: v.boolean(),
      official: v.boolean(),
      reference: v.optional(v.literal(true)),
      start: Offset,
      end: Offset,
    }),
  ),
  statements: v.array(v.object({ person: Index, kind: v.picklist(['quote', 'reported']), text: v.string(), start: Offset, end: Offset })),
});

// the schema describes ArticleRecord exactly: a change to one without the other does not compile
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const recordMatchesType: Same<Omit<v.InferOutput<typeof RecordSchema>, 'format' | 'version'>, ArticleRecord> = true;
void recordMatchesType;

const issue = (issues: v.BaseIssue<unknown>[]): string => `${v.getDotPath(issues[0]!) ?? '(root)'}: ${issues[0]!.message}`;

function json(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch (e) {
    throw new Error(`not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** One article line → the article; throws naming the first problem. */
export function parseArticleLine(line: string): ArticleInput {
  const r = v.safeParse(ArticleLineSchema, json(line));
  if (!r.success) throw new Error(`not an article line: ${issue(r.issues)}`);
  return r.output;
}

export const formatRecord = (rec: ArticleRecord): string =>
  JSON.stringify({ format: RECORD_FORMAT, version: RECORD_FORMAT_VERSION, ...rec });

/** One record line → the record: shape, version, and references (person indexes, offsets inside the text). */
export function parseRecordLine(line: string): ArticleRecord {
  const value = json(line) as { format?: unknown; version?: unknown } | null;
  if (value?.format === RECORD_FORMAT && typeof value.version === 'number' && value.version !== RECORD_FORMAT_VERSION)
    throw new Error(`record format version ${value.version}, this corpus CLI reads version ${RECORD_FORMAT_VERSION}: map the shard again`);
  const r = v.safeParse(RecordSchema, value);
  if (!r.success) throw new Error(`not a ${RECORD_FORMAT} record: ${issue(r.issues)}`);
  const { format: _f, version: _v, ...rec } = r.output;
  const n = rec.persons.length;
  const len = rec.article.text.length;
  for (const kind of ['mentions', 'roles', 'statements'] as const)
    rec[kind].forEach((x, i) => {
      if (x.person >= n) throw new Error(`${kind}.${i}.person: ${x.person}, but the record has ${n} persons`);
      if (x.start > x.end || x.end > len) throw new Error(`${kind}.${i}: offsets ${x.start}..${x.end} outside the article text (${len})`);
    });
  return rec;
}
