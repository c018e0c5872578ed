// "Copy quote with citation" on the card: the card's data mapped onto the one citation formatter the side
// panel uses (lib/research/cite.ts), so a quote copied from either place reads the same. The role is the one
// the speaker held at the time: from the statement's own article, else the latest dated on or before it.
import type { CardRole, CardStatement, PersonCardData } from '@/lib/messaging/protocol';
import { type CitationData, formatCitation } from '@/lib/research/cite';

function roleAtTime(roles: CardRole[], s: CardStatement): CardRole | null {
  const here = roles.filter((r) => r.articleId === s.articleId).sort((a, b) => Number(a.former) - Number(b.former));
  if (here[0]) return here[0];
  if (!s.date) return null;
  const before = roles.filter((r) => r.date && r.date <= s.date!).sort((a, b) => b.date!.localeCompare(a.date!));
  return before[0] ?? null;
}

export function cardCitationData(card: PersonCardData, s: CardStatement): CitationData {
  return {
    text: s.text,
    kind: s.kind,
    speaker: card.person.name,
    role: roleAtTime(card.roles, s)?.title ?? null,
    date: s.date,
    outlet: s.source,
    title: s.articleTitle,
    url: s.url,
  };
}

export const citation = (card: PersonCardData, s: CardStatement): string => formatCitation(cardCitationData(card, s), 'plain');
