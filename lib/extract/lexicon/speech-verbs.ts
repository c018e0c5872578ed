// Russian verbs of saying as they attribute speech in news: past forms (m/f/pl generated from the masculine),
// present third person, and short participles ("уверен"). Each form carries the speaker's grammatical
// gender when the form shows it (сказала → f), which helps resolve "он"/"она".

export type VerbGender = 'm' | 'f' | 'pl' | null;

export interface SpeechVerb {
  /** The masculine past (or present 3sg) form the entry was generated from. */
  lemma: string;
  gender: VerbGender;
  /** A gerund ("добавив"): its subject is the subject of the main verb before it. */
  gerund?: boolean;
  /** Speech only after "не": "не исключил, что" allows for something; "исключил из партии" says nothing. */
  negated?: boolean;
}

/** Past tense, masculine singular. The feminine and plural forms are generated (-ла/-ли, -лась/-лись). */
const PAST = [
  'сказал',
  'заявил',
  'отметил',
  'подчеркнул',
  'добавил',
  'сообщил',
  'пояснил',
  'объяснил',
  'рассказал',
  'уточнил',
  'напомнил',
  'заверил',
  'уверил',
  'спросил',
  'переспросил',
  'ответил',
  'предупредил',
  'пошутил',
  'написал',
  'признал',
  'признался',
  'констатировал',
  'высказался',
  'заметил',
  'указал',
  'прокомментировал',
  'возразил',
  'парировал',
  'резюмировал',
  'заключил',
  'призвал',
  'посетовал',
  'пожаловался',
  'поделился',
  'озвучил',
  'подытожил',
  'продолжил',
  'акцентировал',
  'пообещал',
  'обещал',
  'пригрозил',
  'отреагировал',
  'объявил',
  'объявлял',
  'высказывал',
  'повторял',
  'опроверг',
  'отрицал',
  'подтвердил',
  'уверял',
  'утверждал',
  'говорил',
  'писал',
  'сообщал',
  'заявлял',
  'отмечал',
  'подчеркивал',
  'подчёркивал',
  'рассказывал',
  'объяснял',
  'пояснял',
  'напоминал',
  'поинтересовался',
  'обратился',
  'воскликнул',
  'крикнул',
  'накричал',
  'возмутился',
  'удивился',
  'иронизировал',
  'съязвил',
  'рассуждал',
  'размышлял',
  'сетовал',
  'настаивал',
  'настоял',
  'убеждал',
  'повторил',
  'процитировал',
  'цитировал',
  'назвал',
  'охарактеризовал',
  'анонсировал',
  'прокомментировал',
  'проинформировал',
  'информировал',
  'допустил',
  'предположил',
  'полагал',
  'считал',
  'выразил',
  'доложил',
  'докладывал',
  'вспомнил',
  'вспоминал',
  'заверял',
  'предупреждал',
  'уточнял',
  'добавлял',
  'признавал',
  'признавался',
  'спрогнозировал',
  'прогнозировал',
];

/** Present tense, third person (speaker gender unknown from the form); plural forms are listed separately. */
const PRESENT = [
  'говорит',
  'считает',
  'отмечает',
  'подчеркивает',
  'подчёркивает',
  'заявляет',
  'сообщает',
  'добавляет',
  'поясняет',
  'объясняет',
  'рассказывает',
  'утверждает',
  'полагает',
  'напоминает',
  'признает',
  'признаёт',
  'пишет',
  'замечает',
  'указывает',
  'уточняет',
  'уверяет',
  'констатирует',
  'резюмирует',
  'убеждает',
  'предупреждает',
  'спрашивает',
  'отвечает',
  'комментирует',
  'думает',
  'отрицает',
  'цитирует',
  'говорится',
  'отмечается',
  'подчеркивается',
  'сообщается',
  'утверждается',
  'докладывает',
  'вспоминает',
  'заверяет',
  'обещает',
  'сетует',
  'настаивает',
  'прогнозирует',
  'возмущается',
  'удивляется',
  'сокрушается',
  'жалуется',
  'делится',
  'рассуждает',
  'размышляет',
  'возражает',
];
const PRESENT_PLURAL = ['говорят', 'считают', 'отмечают', 'заявляют', 'сообщают', 'пишут', 'утверждают', 'полагают', 'цитируют'];

/** Short participles and adjectives that introduce a speaker's opinion: "уверен, что", "убеждена, что". */
const SHORT = ['уверен', 'убежден', 'убеждён', 'убеждена', 'уверена'];

/** Gerunds that add speech to another verb ("…, добавив, что …", "…, заявив, что …"). */
const GERUNDS = [
  'добавив',
  'отметив',
  'подчеркнув',
  'заявив',
  'сообщив',
  'пояснив',
  'уточнив',
  'напомнив',
  'заверив',
  'признав',
  'предупредив',
  'сказав',
  'указав',
  'резюмировав',
  'доложив',
  'пообещав',
  'констатировав',
];

/**
 * Verbs that introduce speech only with one of these objects: "выразил уверенность, что", "обратил
 * внимание на то, что", "задала министру вопрос: «…»". The verb alone ("выразил соболезнования") is not
 * speech. The object may come a few words after the verb ("обратил особое внимание").
 */
export const VERB_OBJECTS: Readonly<Record<string, readonly string[]>> = {
  выразил: ['уверенность', 'надежду', 'мнение', 'сожаление', 'обеспокоенность', 'убеждение', 'недоумение', 'сомнение', 'возмущение'],
  обратил: ['внимание'],
  дал: ['понять'],
  задал: ['вопрос', 'вопросы'],
  выступил: ['заявлением', 'обращением'],
  сделал: ['заявление', 'заявления'],
  высказал: ['предположение', 'мнение', 'уверенность', 'надежду', 'опасение', 'опасения', 'сомнение', 'убеждение'],
};

/** Verbs that introduce speech only after "не" (see SpeechVerb.negated): past masculine, present. */
const NEGATED_PAST = ['исключил'];
const NEGATED_PRESENT = ['исключает'];

const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е');

function pastForms(m: string): [string, VerbGender][] {
  if (m.endsWith('ся')) {
    const b = m.slice(0, -2);
    return [
      [m, 'm'],
      [b + 'ась', 'f'],
      [b + 'ись', 'pl'],
      [b + 'ось', null],
    ];
  }
  // "опроверг" has no -л but the same endings: опровергла, опровергли
  return [
    [m, 'm'],
    [m + 'а', 'f'],
    [m + 'и', 'pl'],
    [m + 'о', null],
  ];
}

const FORMS: ReadonlyMap<string, SpeechVerb> = (() => {
  const m = new Map<string, SpeechVerb>();
  const add = (form: string, lemma: string, gender: VerbGender) => {
    const k = fold(form);
    if (!m.has(k)) m.set(k, { lemma: fold(lemma), gender });
  };
  for (const v of [...PAST, ...Object.keys(VERB_OBJECTS)]) for (const [f, g] of pastForms(v)) add(f, v, g);
  for (const v of PRESENT) add(v, v, null);
  for (const v of PRESENT_PLURAL) add(v, v, 'pl');
  for (const v of SHORT) add(v, v, v.endsWith('а') ? 'f' : 'm');
  for (const v of GERUNDS) m.set(v, { lemma: v, gender: null, gerund: true });
  for (const v of NEGATED_PAST) for (const [f, g] of pastForms(v)) m.set(f, { lemma: v, gender: g, negated: true });
  for (const v of NEGATED_PRESENT) m.set(v, { lemma: v, gender: null, negated: true });
  return m;
})();

/** The speech verb a word form is, or null: "сказала" → {lemma: "сказал", gender: "f"}. Case and ё ignored. */
export function speechVerbOf(word: string): SpeechVerb | null {
  const direct = FORMS.get(word);
  if (direct) return direct;
  return /[\p{Lu}ё]/u.test(word) ? (FORMS.get(fold(word)) ?? null) : null;
}

/** speechVerbOf for a word already lowercased and ё-folded. */
export function speechVerbOfFolded(w: string): SpeechVerb | null {
  return FORMS.get(w) ?? null;
}

/** Does this verb need an object to mean speech ("выразил уверенность")? Then the allowed objects. */
export function requiredObjects(verb: SpeechVerb): readonly string[] | null {
  return VERB_OBJECTS[verb.lemma] ?? null;
}
