// Countries news about Central Asia names most, by stem: "глава государства" is a president or the head of
// a country (roles/same-role.ts); a country's name before a Chinese or Korean name is no given name of theirs
// ("министр торговли Китая Чэнь Дэмин", names/shapes.ts).

/** Stems of the names of countries and their adjectives ("Кыргызстана", "кыргызский"). */
const COUNTRY_STEMS = [
  'кыргыз',
  'киргиз',
  'казах',
  'узбек',
  'таджик',
  'туркм',
  'росси',
  'китай',
  'кита',
  'корей',
  'япон',
  'вьетнам',
  'белорус',
  'украин',
  'азербайдж',
  'армен',
  'грузи',
  'монгол',
  'турци',
  'турец',
  'афган',
  'иран',
  'америк',
];
const COUNTRY_WORDS = new Set(['кр', 'рк', 'рф', 'сша', 'ру', 'рт', 'рус', 'кнр', 'кндр', 'корея', 'кореи', 'корее', 'корею', 'кореей']);

/** A folded word that names a country or is its adjective. */
export const isCountryWord = (w: string): boolean => COUNTRY_WORDS.has(w) || COUNTRY_STEMS.some((s) => w.startsWith(s));
