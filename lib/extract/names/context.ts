// What the words around a name say about its case and gender: a governing preposition ("с Осмоновым"),
// a role noun in apposition ("акима района Бекжана ОРАЗОВА" → genitive) and a past-tense verb
// right after it ("Осмонова заявила" → feminine nominative).

import { roleFormCases, roleHeadOf, shortPassiveGender } from '../lexicon/roles';
import type { GramCase } from '../types';
import type { G } from './morph';
import type { Word } from './words';

const PREP: Record<string, GramCase[]> = {
  у: ['gen'],
  от: ['gen'],
  до: ['gen'],
  для: ['gen'],
  без: ['gen'],
  из: ['gen'],
  около: ['gen'],
  против: ['gen'],
  после: ['gen'],
  среди: ['gen'],
  возле: ['gen'],
  вместо: ['gen'],
  кроме: ['gen'],
  к: ['dat'],
  ко: ['dat'],
  по: ['dat'],
  благодаря: ['dat'],
  согласно: ['dat'],
  с: ['ins', 'gen'],
  со: ['ins'],
  перед: ['ins'],
  над: ['ins'],
  между: ['ins'],
  за: ['ins', 'acc'],
  о: ['loc'],
  об: ['loc'],
  обо: ['loc'],
  при: ['loc'],
  про: ['acc'],
  через: ['acc'],
  на: ['acc', 'loc'],
  в: ['acc', 'loc'],
  // nouns of a source, with the source's name in the genitive: "по словам Ивана Петрова", "со слов …"
  словам: ['gen'],
  слов: ['gen'],
  мнению: ['gen'],
  данным: ['gen'],
  оценке: ['gen'],
  утверждению: ['gen'],
  // texts someone wrote or gave, with the author in the genitive: "обращение Павла Орлова к жителям"
  обращение: ['gen'],
  обращения: ['gen'],
  обращении: ['gen'],
  заявление: ['gen'],
  заявления: ['gen'],
  заявлении: ['gen'],
  слова: ['gen'],
  выступление: ['gen'],
  выступлении: ['gen'],
  интервью: ['gen', 'dat'],
  комментарий: ['gen'],
  комментарии: ['gen'],
  посте: ['gen'],
  пост: ['gen'],
};

/** Case hint for a name starting at word index `w0`, or null when the context says nothing. */
export function caseHint(words: Word[], w0: number): GramCase[] | null {
  const prev = words[w0 - 1];
  if (!prev || !(words[w0]!.joined || words[w0]!.quoteGap)) return null;
  if (!prev.cap && words[w0]!.joined && PREP[prev.lower]) return PREP[prev.lower]!;
  // a role noun in apposition, possibly with its complements: "акима района Бекжана". In a chain of role
  // nouns the name may stand by any of them: "заместитель председателя правления Гульнара" (the deputy,
  // nominative), "советник президента Ивана Петрова" (the president, genitive): the cases of them all. The
  // look-back spans a prepositional complement: "помощник госсекретаря США по энергетическим ресурсам Джеймс".
  let hint: GramCase[] | null = null;
  for (let k = w0 - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
    const w = words[k]!;
    const head = roleHeadOf(w.lower);
    if (head) {
      const c = roleFormCases(w.lower, head.lemma);
      if (!c?.length) return null;
      hint = [...new Set([...(hint ?? []), ...c])];
    }
    // a quoted name stands between the role and the person: "лидера фракции «Жаңы Доор» Эмиля Калыбекова"
    if (!w.joined && !w.quoteGap) break;
  }
  return hint;
}

const PAST = /[аеиоуыя]л(а|о|и)?(сь|ся)?$/;

/** Gender of a past-tense verb right after the name ("заявила" → f), or null. */
export function genderHint(words: Word[], wEnd: number, text: string): G | null {
  const next = words[wEnd + 1];
  if (!next || next.cap || next.start - words[wEnd]!.end > 3) return null;
  const gap = text.slice(words[wEnd]!.end, next.start);
  if (!/^[ ,]*$/.test(gap)) return null;
  // a short passive participle too: "Шахло ТУРСУНОВА утверждена заместителем министра"
  const pp = shortPassiveGender(next.lower);
  if (pp !== undefined) return pp;
  const m = PAST.exec(next.lower);
  if (!m || next.lower.length < 4) return null;
  if (m[1] === 'а') return 'f';
  if (m[1] === undefined) return 'm';
  return null;
}

const ADVERBS = new Set([
  'также',
  'уже',
  'еще',
  'ещё',
  'не',
  'тоже',
  'вновь',
  'снова',
  'лично',
  'сам',
  'сама',
  'сразу',
  'ранее',
  'неоднократно',
  'давно',
]);
// singular only: "Журналистов встретили" is a plural noun before a plural verb
const VERB = /(?:[аеиоуыя]л[ао]?|[еи]т)(?:ся|сь)?$/;

/** A verb follows the word at `w` (possibly after one adverb): "Петров также подпишет", "Иванов заявил". */
export function verbFollows(words: Word[], w: number): boolean {
  let k = w + 1;
  if (words[k] && ADVERBS.has(words[k]!.lower) && words[k]!.joined) k++;
  const next = words[k];
  return next?.joined && !next.cap && next.lower.length >= 4 && VERB.test(next.lower);
}

const SPEECH_BEFORE =
  /^(?:сказал|заявил|отметил|сообщил|добавил|подчеркнул|пояснил|уточнил|ответил|рассказал|напомнил|признал|заключил|указал|заверил|возразил|пообещал|предупредил|призвал)(а|о|и)?$/;

/** Gender of a speech verb right before the name ("— сказала Иванова" → f), or null: such verbs take no person object. */
export function speechVerbBefore(words: Word[], w0: number): G | null {
  const prev = words[w0 - 1];
  if (!prev || prev.cap || !words[w0]!.joined) return null;
  const m = SPEECH_BEFORE.exec(prev.lower);
  if (!m) return null;
  return m[1] === 'а' ? 'f' : m[1] === undefined ? 'm' : null;
}
