// Roles of the persons found: the templates around role nouns (roles/analyse-roles.ts), plus roles
// speakers give themselves in their own quotes (roles/first-person.ts: "я работал вице-мэром").
import { analyseRoles } from './roles/analyse-roles';
import { firstPersonRoles } from './roles/first-person';
import { sameRole } from './roles/same-role';
import type { ArticleAnalysis, ExtractedRole } from './types';

export { analyseRoles, resolveRoleRef } from './roles/analyse-roles';

export function extractRoles(analysis: ArticleAnalysis): ExtractedRole[] {
  const { roles, keys } = analyseRoles(analysis);
  const out = [...roles];
  const outKeys = [...keys];
  for (const r of firstPersonRoles(analysis)) {
    if (out.some((o, i) => o.personKey === r.role.personKey && sameRole(outKeys[i]!, r.key))) continue;
    out.push(r.role);
    outKeys.push(r.key);
  }
  return out.sort((a, b) => a.start - b.start);
}
