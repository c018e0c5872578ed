import { describe, expect, it } from 'vitest';
import type { Pack } from '../../lib/extract/pack';
import { applyCorrections, type Correction, makeCorrection, roleRef, statementRef } from '../../lib/research/corrections';
import { corpusPack } from './fixture';

const pack = corpusPack();
const st = (p: Pack, text: string) => p.statements.find((s) => s.text === text)!;
const role = (p: Pack, title: string) => p.roles.find((r) => r.title === title)!;

/** The same articles extracted again: new ids for persons and statements, records in another order. */
function reExtracted(p: Pack): Pack {
  const ren = (id: string) => `run2-${id}`;
  return {
    ...p,
    persons: p.persons.map((x) => ({ ...x, id: ren(x.id) })).reverse(),
    mentions: p.mentions.map((m) => ({ ...m, personId: ren(m.personId) })),
    roles: p.roles.map((r) => ({ ...r, personId: ren(r.personId) })).reverse(),
    statements: p.statements.map((s, i) => ({ ...s, id: `n${i}`, personId: ren(s.personId) })).reverse(),
  };
}

const s2 = st(pack, 'тарифы останутся прежними');
const reassign = makeCorrection(statementRef(s2), s2.text, { type: 'reassign', person: { id: 'p-osmonov', name: 'Бакыт Осмонов' } }, 1);
const r1 = role(pack, 'заместитель министра энергетики');
const editRole = makeCorrection(roleRef(r1), 'заместитель', { type: 'editRole', title: 'заместитель министра', former: true }, 1);
const s5 = st(pack, 'Реформа тарифов ударит по семьям');
const del = makeCorrection(statementRef(s5), s5.text, { type: 'delete' }, 1);
const all = [reassign, editRole, del];

describe('applyCorrections', () => {
  it('reassigns a statement, edits a role, deletes a statement', () => {
    const r = applyCorrections(pack, all);
    expect(st(r as unknown as Pack, s2.text).personId).toBe('p-osmonov');
    expect(r.roles.find((x) => x.start === r1.start && x.articleId === 'a1')).toMatchObject({
      title: 'заместитель министра',
      former: true,
    });
    expect(r.statements.find((s) => s.text === s5.text)).toBeUndefined();
    expect(r.applied.sort()).toEqual(all.map((c) => c.key).sort());
    expect(r.stale).toEqual([]);
    expect(pack.statements).toHaveLength(5);
  });
  it('survives re-extraction with new ids (person found by name)', () => {
    const again = reExtracted(pack);
    const r = applyCorrections(again, all);
    expect(st(r as unknown as Pack, s2.text).personId).toBe('run2-p-osmonov');
    expect(r.statements).toHaveLength(4);
    expect(r.roles.find((x) => x.title === 'заместитель министра')).toBeDefined();
    expect(r.stale).toEqual([]);
  });
  it('creates the person when the right speaker was never extracted', () => {
    const c = makeCorrection(statementRef(s2), s2.text, { type: 'reassign', person: { id: 'user-nurlan', name: 'Нурлан Абдыкеров' } }, 1);
    const r = applyCorrections(pack, [c]);
    const p = r.persons.find((x) => x.name === 'Нурлан Абдыкеров')!;
    expect(p).toMatchObject({ id: 'user-nurlan', official: false });
    expect(st(r as unknown as Pack, s2.text).personId).toBe('user-nurlan');
  });
  it('the latest correction of an item wins', () => {
    const later: Correction = { ...reassign, action: { type: 'delete' }, at: 2 };
    expect(applyCorrections(pack, [later, reassign]).statements).toHaveLength(4);
    expect(applyCorrections(pack, [{ ...later, at: 0 }, reassign]).statements).toHaveLength(5);
  });
  it.each([
    [
      'the article text changed',
      (p: Pack) => ({ ...p, articles: p.articles.map((a) => (a.id === 'a1' ? { ...a, text: `Обновлено. ${a.text}` } : a)) }),
    ],
    ['the item is no longer extracted', (p: Pack) => ({ ...p, statements: p.statements.filter((s) => s.id !== s2.id) })],
  ])('reports a correction stale when %s, and changes nothing', (_why, change) => {
    const p = change(pack);
    const r = applyCorrections(p, [reassign]);
    expect(r.stale.map((c) => c.key)).toEqual([reassign.key]);
    expect(r.statements).toEqual(p.statements);
  });
});

describe('withoutArticle', () => {
  it('drops the article, its records and the people only it named', async () => {
    const { withoutArticle } = await import('../../lib/research/corpus');
    const c = withoutArticle(pack, 'a3');
    expect(c.articles.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(c.persons.map((p) => p.id)).not.toContain('p-rakhimov');
    expect([...c.mentions, ...c.roles, ...c.statements].some((x) => x.articleId === 'a3')).toBe(false);
    expect(
      withoutArticle(pack, 'a2')
        .persons.map((p) => p.id)
        .sort(),
    ).toEqual(['p-osmonov', 'p-rakhimov', 'p-sadykova']);
  });
});
