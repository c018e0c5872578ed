import fs from 'node:fs';
import { parsePack } from '../extract/pack';

export async function runStats(argv: string[]): Promise<number> {
  const file = argv[0];
  if (!file) throw new Error('stats needs <pack.json>');
  const pack = parsePack(JSON.parse(fs.readFileSync(file, 'utf8')));
  console.log(
    `articles ${pack.articles.length}\npersons ${pack.persons.length}\nmentions ${pack.mentions.length}\nroles ${pack.roles.length}\nstatements ${pack.statements.length}`,
  );
  return 0;
}
