// FIRST_PERSON template: a speaker naming a past or present role of their own inside their quote
// ("я работал вице-мэром", "когда я был министром финансов"). Runs after the speech stage has resolved
// who said each quote.
import { roleHeadOfFolded } from '../lexicon/roles';
import { analyseSpeech } from '../speech/analyse';
import { docOf } from '../speech/doc';
import type { ArticleAnalysis, ExtractedRole } from '../types';
import { COPULAS } from './analyse-roles';
import { rolePhraseAt, titleOf } from './phrase';
import type { RoleKey } from './same-role';

export function firstPersonRoles(analysis: ArticleAnalysis): Array<{ role: ExtractedRole; key: RoleKey }> {
  const doc = docOf(analysis);
  const out: Array<{ role: ExtractedRole; key: RoleKey }> = [];
  for (const q of analyseSpeech(analysis).quotes) {
    const t0 = doc.tokenAt(q.start);
    const t1 = doc.tokenAt(q.end);
    for (let t = t0; t + 2 < t1; t++) {
      if (doc.words[t] !== 'я') continue;
      // "я работал вице-мэром", "я тогда был министром"
      let c = t + 1;
      if (!COPULAS[doc.words[c]!] && COPULAS[doc.words[c + 1]!]) c++;
      const copula = COPULAS[doc.words[c]!];
      const h = c + 1;
      const head = h < t1 ? roleHeadOfFolded(doc.words[h]!) : null;
      if (!copula || !head) continue;
      const p = rolePhraseAt(doc, h, head, t1);
      if (!p.instrumental) continue;
      const words = [...p.modifiers];
      for (let k = p.c0; k < p.c1; k++) if (doc.tokens[k]!.kind === 'word') words.push(doc.words[k]!);
      out.push({
        role: {
          personKey: q.personKey,
          title: titleOf(doc, p),
          former: p.former || copula.former,
          official: p.official,
          start: doc.tokens[p.t0]!.start,
          end: doc.tokens[p.t1 - 1]!.end,
        },
        key: { lemma: p.lemma, words },
      });
    }
  }
  return out;
}
