// The one message protocol of the extension: message name → {params schema, result type}.
// Adding a message = one entry in `toBackground` (or `toTab`) + its result in the matching interface + one
// handler. Params are validated with valibot on arrival (a compromised page can talk to a content script, and
// any extension page can talk to the background), results travel as `{ok: true, value} | {ok: false, error}`.
import * as v from 'valibot';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Url = v.pipe(v.string(), v.maxLength(4096));
const Host = v.pipe(v.string(), v.maxLength(255));

export interface Settings {
  /** Global switch. */
  enabled: boolean;
  /** Hosts where the user switched the extension off. */
  disabledSites: string[];
  /** Highlight every known person, not only officials. */
  highlightAll: boolean;
}

/** How names look and how long the pointer rests before a card opens (the options page's display settings;
 *  until the user sets them, the card's own defaults). */
export interface Display {
  highlightStyle: 'underline' | 'background';
  colour: string;
  hoverDelay: number;
}

export const DEFAULT_DISPLAY: Display = { highlightStyle: 'underline', colour: '#c48400', hoverDelay: 150 };

const DisplaySchema = v.object({
  highlightStyle: v.picklist(['underline', 'background']),
  colour: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i)),
  hoverDelay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3000)),
});

export interface PersonBrief {
  id: string;
  name: string;
  official: boolean;
}

export interface SourceRef {
  articleId: string;
  articleTitle: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
}

export interface CardRole extends SourceRef {
  title: string;
  former: boolean;
}

export interface CardStatement extends SourceRef {
  id: string;
  kind: 'quote' | 'reported';
  text: string;
}

export interface PersonCardData {
  person: PersonBrief;
  roles: CardRole[];
  statements: CardStatement[];
  /** Statements beyond those listed. */
  moreStatements: number;
}

export interface PagePerson {
  /** null: an ambiguous mention (several candidates). */
  personId: string | null;
  name: string;
  official: boolean;
  count: number;
}

export interface PageReport {
  url: string;
  host: string;
  /** False when the extension is off for this site or globally. */
  active: boolean;
  people: PagePerson[];
  total: number;
}

export interface CorpusStatus {
  /** 'indexeddb': the normal case; 'memory': IndexedDB unavailable, the bundled pack is used read-only. */
  storage: 'indexeddb' | 'memory';
  persisted: boolean;
  packHash: string | null;
  counts: { articles: number; persons: number; statements: number; roles: number };
  error: string | null;
}

export type HitKind = 'official' | 'other' | 'ambiguous';

/** A name to highlight in one block: offsets into that block's text, decided by the background (who is an
 *  official, the user's settings, the names they hid on this page). */
export interface PageHit {
  start: number;
  end: number;
  personId: string | null;
  candidates: string[];
  kind: HitKind;
  /** Display name: the person's, or the candidates' joined with " / ". */
  name: string;
}

const SettingsSchema = v.object({
  enabled: v.boolean(),
  disabledSites: v.array(Host),
  highlightAll: v.boolean(),
});

const PageReportSchema = v.object({
  url: Url,
  host: Host,
  active: v.boolean(),
  people: v.pipe(
    v.array(v.object({ personId: v.nullable(Id), name: v.pipe(v.string(), v.maxLength(500)), official: v.boolean(), count: v.number() })),
    v.maxLength(10_000),
  ),
  total: v.number(),
});

/** Messages handled by the background. `tabOnly`: accepted only from a content script (sender.tab set);
 *  `extensionOnly`: only from the extension's own pages (popup, side panel, options), never a content script:
 *  these reach into other tabs. */
const PageToken = v.pipe(v.string(), v.minLength(8), v.maxLength(64));
const BlockText = v.pipe(v.string(), v.maxLength(4_000_000));
const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const BlockLengths = v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(100_000));

export const toBackground = {
  /** A page starts: its settings. */
  pageSetup: { params: v.object({ url: Url }), tabOnly: true },
  /** Match more blocks of one page (`offset`: how many blocks the page sent before under this token). The
   *  blocks travel as one string and their lengths: Chrome serialises a message string by string, and one
   *  long string costs a fraction of thousands of short ones. */
  matchBlocks: {
    params: v.object({
      page: PageToken,
      url: Url,
      offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
      text: BlockText,
      lengths: BlockLengths,
    }),
    tabOnly: true,
  },
  /** Re-resolve the page's blocks with all its evidence; only changed blocks come back. */
  resolvePage: { params: v.object({ page: PageToken }), tabOnly: true },
  personCard: { params: v.object({ personId: Id }), tabOnly: false },
  pageReport: { params: PageReportSchema, tabOnly: true },
  getPageReport: { params: v.object({ tabId: TabId }), tabOnly: false, extensionOnly: true },
  getSettings: { params: v.object({}), tabOnly: false },
  setEnabled: { params: v.object({ enabled: v.boolean() }), tabOnly: false },
  setSiteEnabled: { params: v.object({ host: Host, enabled: v.boolean() }), tabOnly: false },
  setHighlightAll: { params: v.object({ highlightAll: v.boolean() }), tabOnly: false },
  hideMention: { params: v.object({ url: Url, personId: Id }), tabOnly: true },
  openSidePanel: { params: v.object({ personId: Id }), tabOnly: false },
  status: { params: v.object({}), tabOnly: false },
  /** The side panel changed the user layer (saved, edited or deleted an article, imported a pack, corrected a
   *  record): rebuild the match index and have every open tab scan again. */
  corpusChanged: { params: v.object({}), tabOnly: false, extensionOnly: true },
  /** The side panel's "on this page": show a person's next mention in a tab (forwarded to its content script). */
  revealPerson: { params: v.object({ tabId: TabId, personId: Id }), tabOnly: false, extensionOnly: true },
  /** The side panel's "add this page": the tab's document (forwarded to its content script). */
  pageArticle: { params: v.object({ tabId: TabId }), tabOnly: false, extensionOnly: true },
} as const;

export interface BackgroundResults {
  /** `filter`: lib/page/prefilter's Bloom filter of the match index, base64 (null while the corpus cannot be read). */
  pageSetup: { settings: Settings; display: Display; filter: { log2: number; bytes: string; prefixes: string } | null };
  matchBlocks: PageHit[][];
  resolvePage: [number, PageHit[]][];
  personCard: PersonCardData | null;
  pageReport: null;
  getPageReport: PageReport | null;
  getSettings: Settings;
  setEnabled: Settings;
  setSiteEnabled: Settings;
  setHighlightAll: Settings;
  hideMention: null;
  openSidePanel: { opened: boolean; reason?: string };
  status: CorpusStatus;
  corpusChanged: null;
  revealPerson: boolean;
  pageArticle: PageArticle;
}

/** The article of a tab as the side panel's "add this page" reads it: a clone of the document, serialised. */
export interface PageArticle {
  url: string;
  title: string;
  html: string;
}

/** Cap of `PageArticle.html` (characters): larger pages are refused, not cut. */
export const PAGE_HTML_MAX = 5_000_000;

/** Messages handled by the content script of a tab (sent by the background or an extension page such as the
 *  side panel; never accepted from another content script). */
export const toTab = {
  tabPageReport: { params: v.object({}), tabOnly: false },
  settingsChanged: { params: SettingsSchema, tabOnly: false },
  displayChanged: { params: DisplaySchema, tabOnly: false },
  /** Scroll to the person's next mention after the open one (cycling) and open its card; false: none here. */
  revealPerson: { params: v.object({ personId: Id }), tabOnly: false },
  /** The page's document for "add this page". */
  pageArticle: { params: v.object({}), tabOnly: false },
  /** The corpus changed (the side panel saved something): forget cached cards and scan the page again. */
  corpusChanged: { params: v.object({}), tabOnly: false },
} as const;

export interface TabResults {
  tabPageReport: PageReport;
  settingsChanged: null;
  displayChanged: null;
  revealPerson: boolean;
  pageArticle: PageArticle;
  corpusChanged: null;
}

export type Protocol = Record<string, { params: v.GenericSchema; tabOnly: boolean; extensionOnly?: boolean }>;
export type ParamsOf<P extends Protocol, K extends keyof P> = v.InferOutput<P[K]['params']>;
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [], highlightAll: false };
export { SettingsSchema };
