// Internal contract between the extraction stages (see pipeline.ts). All offsets are UTF-16 offsets into
// ParsedArticle.text, which is the input file text, verbatim.
import type { Sentence, Token } from '../text';
import type { Gender } from './pack';

export interface Span {
  start: number;
  end: number;
}

export interface ArticleInput {
  /** Article id (file name without extension). */
  id: string;
  /** The file text, verbatim. */
  text: string;
  /** Optional metadata a caller already knows (side panel "add an article"); parsed values fill the gaps. */
  title?: string | null;
  date?: string | null;
  source?: string | null;
  url?: string | null;
}

export interface ParsedArticle {
  id: string;
  text: string;
  title: string | null;
  /** "YYYY-MM" or "YYYY-MM-DD" */
  date: string | null;
  source: string | null;
  url: string | null;
  /** Ranges of `text` that are article body; page furniture (image lines, bylines, photo credits,
   *  "most read" lists, tickers) lies outside them and yields no persons or statements. Sorted, disjoint. */
  body: Span[];
  /** Ranges inside the body that are not prose (title line, image caption) where names count but speech
   *  does not; optional. */
  titleSpan?: Span | null;
  /** Credit lines outside the body (bylines, photo credits: "Фото Жанары Каримовой"): the people they
   *  name are persons, but these ranges yield no statements. Sorted, disjoint; optional. */
  credits?: Span[];
}

export type GramCase = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'loc';

export interface NameMention extends Span {
  /** The surface text, === text.slice(start, end). */
  surface: string;
  /** The mention carries a first name or initial (not a bare surname). */
  hasFirst: boolean;
  /** Best guess of the grammatical case of the mention, when the name's shape tells. */
  gramCase?: GramCase | null;
}

/** One person within one article: every mention of them, and their nominative name. */
export interface PersonCluster {
  /** Article-local key, stable within one extraction run. */
  key: string;
  /** Nominative "First Last" ("Last" when no first name is ever given). */
  name: string;
  first: string | null;
  last: string;
  patronymic: string | null;
  gender: Gender;
  /** Other nominative spellings seen ("С. Жапаров"). */
  variants: string[];
  /** First-name initial, when the person is named only by initials ("С." for "С. Жапаров"); optional. */
  initial?: string | null;
  mentions: NameMention[];
}

export interface ArticleAnalysis {
  article: ParsedArticle;
  tokens: Token[];
  sentences: Sentence[];
  persons: PersonCluster[];
}

export interface ExtractedRole extends Span {
  personKey: string;
  /** Nominative title, lowercase except proper nouns: "аким Алматинской области". */
  title: string;
  former: boolean;
  /** State, municipal or party office (not "блогер", "эксперт"). */
  official: boolean;
  /**
   * The role noun stood for the person without naming them ("заявил глава государства"); it restates an
   * office the article gives them by name, so a card that shows that office can leave it out.
   */
  reference?: boolean;
}

export interface ExtractedStatement extends Span {
  personKey: string;
  kind: 'quote' | 'reported';
  /** === text.slice(start, end) */
  text: string;
}

export interface ArticleExtraction {
  analysis: ArticleAnalysis;
  roles: ExtractedRole[];
  statements: ExtractedStatement[];
}
