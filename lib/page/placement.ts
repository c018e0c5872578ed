// Where the card goes: below the name if it fits, else above; if it fits on neither side, on the side with
// more room with its height capped to that room (it scrolls inside). Never over the name, never off screen.
// Horizontally aligned with the name's start, kept inside the viewport.

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export const GAP = 6;
const MARGIN = 8;

export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number; maxHeight: number | null } {
  const below = anchor.top + anchor.height + GAP;
  const roomBelow = viewport.height - MARGIN - below;
  const roomAbove = anchor.top - GAP - MARGIN;
  let top: number;
  let maxHeight: number | null = null;
  if (card.height <= roomBelow) top = below;
  else if (card.height <= roomAbove) top = anchor.top - GAP - card.height;
  else if (roomBelow >= roomAbove) {
    top = below;
    maxHeight = Math.max(0, roomBelow);
  } else {
    maxHeight = Math.max(0, roomAbove);
    top = anchor.top - GAP - maxHeight;
  }
  const maxLeft = viewport.width - card.width - MARGIN;
  const left = Math.max(MARGIN, Math.min(anchor.left, maxLeft));
  return { top: Math.round(top), left: Math.round(left), maxHeight: maxHeight === null ? null : Math.floor(maxHeight) };
}
