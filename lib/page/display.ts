// The user's highlight look, applied as a constructed stylesheet adopted by the document: it overrides the
// manifest's default ::highlight() rules without adding any element to the page. If a page replaces its
// adoptedStyleSheets, the manifest defaults show again.
import type { Display } from '../messaging/protocol';

let sheet: CSSStyleSheet | null = null;
/** The highlight rules for shadow trees, which document stylesheets do not reach: the defaults (the
 *  manifest's stylesheet text) and the user's look, one sheet adopted by every open shadow root scanned. */
let shadowSheet: CSSStyleSheet | null = null;
let shadowDefaults = '';
let current: Display | null = null;
const shadowAdopters = new Set<ShadowRoot>();
const shadowCss = () => `${shadowDefaults}\n${current ? highlightCss(current) : ''}`;

/** Give a page's open shadow root the highlight styles (no element is added: an adopted stylesheet). */
export function adoptHighlightStyles(root: ShadowRoot, defaults: string) {
  try {
    if (!shadowSheet) {
      shadowDefaults = defaults;
      shadowSheet = new CSSStyleSheet();
      shadowSheet.replaceSync(shadowCss());
    }
    if (!root.adoptedStyleSheets.includes(shadowSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, shadowSheet];
    shadowAdopters.add(root);
  } catch {
    // Constructed stylesheets unavailable: names in shadow trees are found (and hover works) but not painted.
  }
}

export function highlightCss(d: Display): string {
  const colour = /^#[0-9a-f]{6}$/i.test(d.colour) ? d.colour : '#c48400';
  const look =
    d.highlightStyle === 'background'
      ? `background-color: ${colour}55; text-decoration: none;`
      : `background-color: ${colour}22; text-decoration: underline 2px ${colour}; text-underline-offset: 2px;`;
  return [
    `::highlight(tamga-official) { ${look} }`,
    `::highlight(tamga-ambiguous) { ${look} text-decoration-style: dashed; }`,
    `::highlight(tamga-active) { background-color: ${colour}80; }`,
  ].join('\n');
}

export function applyDisplay(d: Display) {
  current = d;
  try {
    shadowSheet?.replaceSync(shadowCss());
    if (!sheet) {
      sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    } else if (!document.adoptedStyleSheets.includes(sheet)) {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    sheet.replaceSync(highlightCss(d));
  } catch {
    // Constructed stylesheets unavailable: the manifest's defaults stay.
  }
}

/** Take our stylesheet back (the content script is ending; a newer instance adopts its own). */
export function removeDisplay() {
  if (shadowSheet) {
    const ours = shadowSheet;
    shadowSheet = null;
    for (const root of shadowAdopters) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== ours);
      } catch {
        // a root that refuses: its names are no longer highlighted anyway
      }
    }
    shadowAdopters.clear();
  }
  if (!sheet) return;
  const ours = sheet;
  sheet = null;
  try {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== ours);
  } catch {
    // nothing adopted, nothing to take back
  }
}
