// Countries news about Central Asia names most, by stem: "глава государства" is a president or the head of
// a country (roles/same-role.ts); a country's name before a Chinese or Korean name is no given name of theirs
// ("министр торговли Китая Чэнь Дэмин", names/shapes.ts).

/** One country's name, adjective and abbreviations, by stem: "турецкий" and "Турции" are one country. */
const COUNTRY_GROUPS: readonly (readonly string[])[] = [
  ['кыргыз', 'киргиз', '=кр'],
  ['казах', '=рк'],
  ['узбек', '=руз'],
  ['таджик', '=рт'],
  ['туркм'],
  ['росси', '=рф', '=рус', '=ру'],
  ['китай', 'кита', '=кнр'],
  ['корей', '=корея', '=кореи', '=корее', '=корею', '=кореей', '=кндр'],
  ['япон'],
  ['вьетнам'],
  ['белорус'],
  ['украин'],
  ['азербайдж'],
  ['армян', 'армен'],
  ['грузи', 'грузин'],
  ['монгол'],
  ['турци', 'турец'],
  ['афган'],
  ['иран'],
  ['америк', '=сша'],
];

/** The country a folded word names (an index into COUNTRY_GROUPS), or -1. */
export function countryOf(w: string): number {
  return COUNTRY_GROUPS.findIndex((g) => g.some((x) => (x.startsWith('=') ? w === x.slice(1) : w.startsWith(x))));
}

/** A folded word that names a country or is its adjective ("Кыргызстана", "кыргызский", "КНР"). */
export const isCountryWord = (w: string): boolean => countryOf(w) >= 0;
