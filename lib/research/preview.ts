// What an article adds before it is saved: the people found with their roles and statement counts, and
// the spans to mark in its text. Built from the one-article pack the extraction pipeline returns.
import type { Pack } from '../extract/pack';

export interface PreviewPerson {
  name: string;
  official: boolean;
  roles: string[];
  quotes: number;
  reported: number;
}

export interface ArticlePreviewData {
  kind: 'article';
  people: PreviewPerson[];
  roles: number;
  quotes: number;
  reported: number;
  text: string;
  marks: { start: number; end: number }[];
}

export function previewOf(pack: Pack): ArticlePreviewData {
  const people = new Map<string, PreviewPerson>();
  for (const p of pack.persons) people.set(p.id, { name: p.name, official: p.official, roles: [], quotes: 0, reported: 0 });
  for (const r of pack.roles) {
    const p = people.get(r.personId);
    if (p && !p.roles.includes(r.title)) p.roles.push(r.title);
  }
  for (const s of pack.statements) {
    const p = people.get(s.personId);
    if (p) p[s.kind === 'quote' ? 'quotes' : 'reported']++;
  }
  const mentioned = new Set([...pack.mentions, ...pack.roles, ...pack.statements].map((x) => x.personId));
  return {
    kind: 'article',
    people: [...people.entries()].filter(([id]) => mentioned.has(id)).map(([, p]) => p),
    roles: pack.roles.length,
    quotes: pack.statements.filter((s) => s.kind === 'quote').length,
    reported: pack.statements.filter((s) => s.kind === 'reported').length,
    text: pack.articles[0]?.text ?? '',
    marks: [...pack.mentions, ...pack.statements].map((x) => ({ start: x.start, end: x.end })),
  };
}
