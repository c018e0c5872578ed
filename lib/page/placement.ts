// Where the card goes: below the name if it fits, else above, else whichever side has more room (clamped) —
// never over the name itself. Horizontally aligned with the name's start, kept inside the viewport.

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export const GAP = 6;
const MARGIN = 8;

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }) {
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - card.height;
  let top: number;
  if (below + card.height <= viewport.height - MARGIN) top = below;
  else if (above >= MARGIN) top = above;
  else if (viewport.height - below >= anchor.top) top = below;
  else top = Math.max(MARGIN - card.height, above);
  const maxLeft = viewport.width - card.width - MARGIN;
  const left = Math.max(MARGIN, Math.min(anchor.left, maxLeft));
  return { top: Math.round(top), left: Math.round(left) };
}
