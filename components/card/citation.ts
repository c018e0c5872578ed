// "Copy quote with citation": plain text, one line for the words, one for where they come from.
import type { CardStatement, PersonCardData } from '@/lib/messaging/protocol';

export function citation(card: PersonCardData, s: CardStatement): string {
  const role = card.roles.find((r) => !r.former)?.title ?? card.roles[0]?.title;
  const words = s.kind === 'quote' ? `«${s.text}»` : s.text;
  const who = [card.person.name, role].filter(Boolean).join(', ');
  const where = [s.date, s.source ?? s.articleTitle, s.url].filter(Boolean).join(', ');
  return `${words}\n— ${who}${where ? ` (${where})` : ''}`;
}
