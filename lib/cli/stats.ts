import fs from 'node:fs';
import { type Pack, parsePack } from '../extract/pack';

/** Counts per kind, and the persons with most statements (top 10). */
export function statsText(pack: Pack, top = 10): string {
  const lines = [
    `articles ${pack.articles.length}`,
    `persons ${pack.persons.length} (${pack.persons.filter((p) => p.official).length} official)`,
    `mentions ${pack.mentions.length}`,
    `roles ${pack.roles.length}`,
    `statements ${pack.statements.length} (${pack.statements.filter((s) => s.kind === 'quote').length} quotes, ${pack.statements.filter((s) => s.kind === 'reported').length} reported)`,
  ];
  const count = new Map<string, number>();
  for (const s of pack.statements) count.set(s.personId, (count.get(s.personId) ?? 0) + 1);
  const names = new Map(pack.persons.map((p) => [p.id, p.name]));
  const best = [...count].sort((a, b) => b[1] - a[1] || (names.get(a[0]) ?? '').localeCompare(names.get(b[0]) ?? '')).slice(0, top);
  if (best.length) {
    lines.push(`most statements:`);
    for (const [id, n] of best) lines.push(`  ${String(n).padStart(4)}  ${names.get(id) ?? id}`);
  }
  return lines.join('\n');
}

export async function runStats(argv: string[]): Promise<number> {
  const file = argv[0];
  if (!file) throw new Error('stats needs <pack.json>');
  const pack = parsePack(JSON.parse(fs.readFileSync(file, 'utf8')));
  console.log(statsText(pack));
  return 0;
}
