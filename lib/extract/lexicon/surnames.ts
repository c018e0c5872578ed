// Surname shapes: endings that mark a capitalised word as a surname in general Russian and Central Asian
// usage, for surnames no list contains. Checked on the nominative lemma (see names/morph.ts).

/** Endings of a nominative surname strong enough to call a capitalised word a surname on their own. */
export const STRONG_SURNAME_ENDING =
  /(?:..(?:ов|ев|ёв|ова|ева|ёва)|[бвгджзклмнпрстфхцчшщ](?:ин|ына|ына|ина)|[бвгджзклмнпрстфхцчшщ]ын|(?:с|ц)кий|(?:с|ц)кая|енко|[чщ]ук|[чщ]юк|швили|дзе|[^ь]ян|янц|улы|ұлы|уулу|кызы|қызы|оглы|заде|зода|баев|баева)$/;

/** Particles inside foreign surnames ("Марин Ле Пен", "Люк Ван Велли", "фон Браун"). */
export const SURNAME_PARTICLES = new Set([
  'ле',
  'ла',
  'де',
  'дю',
  'ди',
  'да',
  'дель',
  'ван',
  'фон',
  'дер',
  'ибн',
  'бин',
  'аль',
  'эль',
  'бен',
  'ибн',
]);

/** Common words and places with a surname-like ending ("Кабмин", "Киев", "Берлин"). */
export const NOT_SURNAMES = new Set([
  'один',
  'господин',
  'гражданин',
  'магазин',
  'карантин',
  'бензин',
  'кабмин',
  'минфин',
  'киев',
  'львов',
  'ростов',
  'саратов',
  'псков',
  'тамбов',
  'кишинев',
  'кишинёв',
  'харьков',
  'чернигов',
  'берлин',
  'пекин',
  'турин',
  'иран',
  'судан',
  'ливан',
  'тайвань',
  'туркестан',
  'казахстан',
  'кыргызстан',
  'узбекистан',
  'таджикистан',
  'туркменистан',
  'афганистан',
  'пакистан',
  'дагестан',
  'татарстан',
  'башкортостан',
  'азербайджан',
  'ватикан',
  'коран',
  'рамазан',
  'ислам',
]);
