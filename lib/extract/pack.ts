// The corpus pack: the contract between the extraction pipeline, the CLI, the matcher and the extension.
// Validated by a valibot schema (small, tree-shakeable, runs in the service worker) so that every file or
// message carrying a pack is checked before use. Bump PACK_FORMAT_VERSION on any incompatible change.
import * as v from 'valibot';

export const PACK_FORMAT_VERSION = 1;

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const DateStr = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'date must be YYYY-MM or YYYY-MM-DD'));

export const ArticleSchema = v.object({
  id: Id,
  title: v.nullable(v.string()),
  date: v.nullable(DateStr),
  source: v.nullable(v.string()),
  url: v.nullable(v.string()),
  text: v.string(),
});

export const GenderSchema = v.nullable(v.picklist(['m', 'f']));

export const PersonSchema = v.object({
  id: Id,
  /** Nominative "First Last" (or "Last" when no first name is ever given). */
  name: v.pipe(v.string(), v.minLength(1)),
  official: v.boolean(),
  gender: GenderSchema,
  /** Other nominative spellings seen for this person ("Н.А. Назарбаев", "Нурсултан Абишевич Назарбаев"). */
  variants: v.array(v.string()),
  /** Nominative parts, for the matcher. */
  first: v.optional(v.nullable(v.string())),
  last: v.optional(v.string()),
  patronymic: v.optional(v.nullable(v.string())),
});

export const MentionSchema = v.object({
  personId: Id,
  articleId: Id,
  start: Offset,
  end: Offset,
});

/**
 * The name to show a reader: `name` is given name first, as every name is stored; a Chinese or Korean name
 * the news writes surname first ("Си Цзиньпин", kept among the variants as the extractor saw it) is shown so.
 */
export function displayName(p: Pick<Person, 'name' | 'first' | 'last' | 'variants'>): string {
  if (!p.first || !p.last) return p.name;
  const written = `${p.last} ${p.first}`;
  return p.variants.includes(written) ? written : p.name;
}

export const RoleSchema = v.object({
  personId: Id,
  articleId: Id,
  /** Nominative, e.g. "аким Алматинской области". */
  title: v.pipe(v.string(), v.minLength(1)),
  former: v.boolean(),
  official: v.optional(v.boolean()),
  /** Named only by a role noun standing for the person ("заявил глава государства"): see ExtractedRole. */
  reference: v.optional(v.boolean()),
  start: Offset,
  end: Offset,
});

export const StatementSchema = v.object({
  id: Id,
  personId: Id,
  articleId: Id,
  kind: v.picklist(['quote', 'reported']),
  text: v.string(),
  start: Offset,
  end: Offset,
});

export const PackSchema = v.object({
  format: v.literal('tamga-pack'),
  version: v.literal(PACK_FORMAT_VERSION),
  createdAt: v.optional(v.string()),
  articles: v.array(ArticleSchema),
  persons: v.array(PersonSchema),
  mentions: v.array(MentionSchema),
  roles: v.array(RoleSchema),
  statements: v.array(StatementSchema),
});

export type Article = v.InferOutput<typeof ArticleSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Mention = v.InferOutput<typeof MentionSchema>;
export type Role = v.InferOutput<typeof RoleSchema>;
export type Statement = v.InferOutput<typeof StatementSchema>;
export type Pack = v.InferOutput<typeof PackSchema>;
export type Gender = 'm' | 'f' | null;

export class PackError extends Error {
  constructor(
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message);
    this.name = 'PackError';
  }
}

/**
 * Validate an unknown value as a pack: shape (schema) and integrity (ids unique, references resolve,
 * offsets inside the article text). Throws PackError naming the first problems; returns the typed pack.
 */
export function parsePack(value: unknown): Pack {
  const r = v.safeParse(PackSchema, value);
  if (!r.success) {
    const issues = r.issues.slice(0, 10).map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
    throw new PackError(`invalid corpus pack: ${issues[0]}`, issues);
  }
  const pack = r.output;
  const issues: string[] = [];
  const articles = new Map<string, Article>();
  for (const a of pack.articles) {
    if (articles.has(a.id)) issues.push(`articles: duplicate id "${a.id}"`);
    articles.set(a.id, a);
  }
  const persons = new Set<string>();
  for (const p of pack.persons) {
    if (persons.has(p.id)) issues.push(`persons: duplicate id "${p.id}"`);
    persons.add(p.id);
  }
  const checkSpan = (kind: string, i: number, x: { personId: string; articleId: string; start: number; end: number }) => {
    const a = articles.get(x.articleId);
    if (!persons.has(x.personId)) issues.push(`${kind}[${i}]: unknown personId "${x.personId}"`);
    if (!a) issues.push(`${kind}[${i}]: unknown articleId "${x.articleId}"`);
    else if (x.start > x.end || x.end > a.text.length) issues.push(`${kind}[${i}]: offsets ${x.start}..${x.end} outside the article text`);
  };
  pack.mentions.forEach((m, i) => {
    checkSpan('mentions', i, m);
  });
  pack.roles.forEach((m, i) => {
    checkSpan('roles', i, m);
  });
  const stIds = new Set<string>();
  pack.statements.forEach((s, i) => {
    checkSpan('statements', i, s);
    if (stIds.has(s.id)) issues.push(`statements[${i}]: duplicate id "${s.id}"`);
    stIds.add(s.id);
  });
  if (issues.length) throw new PackError(`invalid corpus pack: ${issues[0]}`, issues.slice(0, 10));
  return pack;
}

export function emptyPack(): Pack {
  return { format: 'tamga-pack', version: PACK_FORMAT_VERSION, articles: [], persons: [], mentions: [], roles: [], statements: [] };
}
