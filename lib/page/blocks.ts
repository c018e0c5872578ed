// Text blocks: the page's text grouped by its nearest non-inline ancestor, each block one string plus an
// offset map back to its text nodes, so matches over the string become DOM Ranges.
//
// Elements are classified once per work cycle (memo cleared by the caller) instead of filtering every text
// node with a TreeWalker callback: most text nodes share a parent, and a JS filter call per node would double
// the cost of the walk itself.

/** Subtrees whose text is not prose the user reads, or is theirs to edit. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'SVG',
  'TEMPLATE',
  'IFRAME',
  'CANVAS',
  'KBD',
  'SAMP',
  'VAR',
  'HEAD',
  'TITLE',
]);

/** Inline elements: their text continues the surrounding block's string. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BR',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'WBR',
]);

export interface Classified {
  skip: boolean;
  block: Element;
}

export class Classifier {
  private memo = new Map<Element, Classified>();

  constructor(private readonly isOwnUi: (el: Element) => boolean) {}

  reset() {
    this.memo.clear();
  }

  classify(el: Element): Classified {
    const hit = this.memo.get(el);
    if (hit) return hit;
    let result: Classified;
    const parent = el.parentElement;
    if (
      SKIP.has(el.tagName.toUpperCase()) ||
      this.isOwnUi(el) ||
      el.getAttribute('contenteditable') === 'true' ||
      el.hasAttribute('hidden')
    ) {
      result = { skip: true, block: el };
    } else if (!parent) {
      // The top of a shadow tree is a block boundary (a block's text never spans two trees: its Ranges could
      // not), but a host in a skipped subtree (hidden, editable, script) hides its shadow content too.
      const root = el.parentNode;
      const host = root instanceof ShadowRoot ? root.host : null;
      result = host && this.classify(host).skip ? { skip: true, block: el } : { skip: false, block: el };
    } else {
      const up = this.classify(parent);
      if (up.skip) result = up;
      else if ((el as HTMLElement).isContentEditable) result = { skip: true, block: el };
      else result = { skip: false, block: INLINE.has(el.tagName.toUpperCase()) ? up.block : el };
    }
    this.memo.set(el, result);
    return result;
  }
}

export interface Block {
  element: Element;
  nodes: Text[];
  /** starts[i]: offset of nodes[i] in `text`. */
  starts: number[];
  text: string;
}

/** Group the text nodes under `root` (in document order) by block; open shadow roots met on the way (their
 *  hosts are under `root`) are handed to `onShadowRoot`. */
export function collectTextNodes(
  root: Node,
  classifier: Classifier,
  into: Map<Element, Text[]>,
  limit = Number.POSITIVE_INFINITY,
  onShadowRoot?: (root: ShadowRoot) => void,
): number {
  if (root.nodeType === Node.TEXT_NODE) {
    addText(root as Text, classifier, into);
    return 1;
  }
  const walker = document.createTreeWalker(root, onShadowRoot ? NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT : NodeFilter.SHOW_TEXT);
  if (onShadowRoot && root.nodeType === Node.ELEMENT_NODE && (root as Element).shadowRoot) onShadowRoot((root as Element).shadowRoot!);
  let n = 0;
  for (let node = walker.nextNode(); node && n < limit; node = walker.nextNode(), n++) {
    if (node.nodeType === Node.TEXT_NODE) addText(node as Text, classifier, into);
    else if ((node as Element).shadowRoot) onShadowRoot?.((node as Element).shadowRoot!);
  }
  return n;
}

export function addText(node: Text, classifier: Classifier, into: Map<Element, Text[]>) {
  const parent = node.parentElement;
  if (!parent || !node.data.length) return;
  const c = classifier.classify(parent);
  if (c.skip) return;
  const list = into.get(c.block);
  if (list) list.push(node);
  else into.set(c.block, [node]);
}

export function makeBlock(element: Element, nodes: Text[]): Block {
  const starts: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const n of nodes) {
    starts.push(offset);
    parts.push(n.data);
    offset += n.data.length;
  }
  return { element, nodes, starts, text: parts.join('') };
}

/** The text node and offset inside it for a block offset. `end`: prefer the node the offset ends. */
export function pointAt(block: Block, offset: number, end: boolean): { node: Text; offset: number; index: number } {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = block.starts[mid]!;
    if (s < offset || (!end && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: block.nodes[lo]!, offset: offset - block.starts[lo]!, index: lo };
}

/** A Range over block offsets [start, end), and the indices of the first and last text nodes it touches. */
export function rangeFor(block: Block, start: number, end: number): { range: Range; first: number; last: number } {
  const a = pointAt(block, start, false);
  const b = pointAt(block, end, true);
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return { range, first: a.index, last: b.index };
}
