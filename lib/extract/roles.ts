// Roles of the persons found: the templates around role nouns (roles/analyse-roles.ts), plus roles
// speakers give themselves in their own quotes (roles/first-person.ts: "я работал вице-мэром").
import { lowerBoundBy } from '../text';
import { analyseRoles, resolveRoleRef } from './roles/analyse-roles';
import { firstPersonRoles } from './roles/first-person';
import { isStandingRef, sameRole } from './roles/same-role';
import { analyseSpeech } from './speech/analyse';
import { docOf } from './speech/doc';
import type { ArticleAnalysis, ExtractedRole } from './types';

export { analyseRoles, resolveRoleRef } from './roles/analyse-roles';

export function extractRoles(analysis: ArticleAnalysis): ExtractedRole[] {
  const { roles, keys, refs } = analyseRoles(analysis);
  const out = [...roles];
  const outKeys = [...keys];
  // REFERENCE: a role noun with no name of its own ("глава государства подписал", "заявил российский
  // лидер") stands for the person last mentioned holding a matching role (roles/same-role.ts refersTo); it
  // is a role of theirs when it says more than the roles they have ("глава государства" beside "президент
  // Кыргызстана", not "министр" beside "министр экономики"). In an oblique case only when nobody else was
  // named in between ("… Рамзан Кадыров. Эти слова нового главы республики" is not an earlier Kadyrov's
  // role); never in someone's own words (a quote's "глава региона" is the speaker's reference, to anyone; a
  // reported clause's is the writer's: "По ее словам, глава государства находится в столице").
  const { mentions } = docOf(analysis);
  const { quotes } = analyseSpeech(analysis);
  for (const ref of refs) {
    if (quotes.some((q) => q.start <= ref.start && ref.start < q.end)) continue;
    const who = resolveRoleRef(analysis, ref.key, ref.start, false);
    if (!who || isStandingRef(ref.key) || out.some((o, i) => o.personKey === who && sameRole(outKeys[i]!, ref.key))) continue;
    if (!ref.nominative && mentions[lowerBoundBy(mentions, ref.start, (m) => m.start) - 1]?.key !== who) continue;
    out.push({
      personKey: who,
      title: ref.title,
      former: ref.former,
      official: ref.official,
      reference: true,
      start: ref.start,
      end: ref.end,
    });
    outKeys.push(ref.key);
  }
  for (const r of firstPersonRoles(analysis)) {
    if (out.some((o, i) => o.personKey === r.role.personKey && sameRole(outKeys[i]!, r.key))) continue;
    out.push(r.role);
    outKeys.push(r.key);
  }
  return out.sort((a, b) => a.start - b.start);
}
