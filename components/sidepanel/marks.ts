// Cut a text into plain and marked pieces by offsets, for rendering as React text nodes and <mark>s
// (never HTML). Ranges are clipped to the text, sorted, and overlapping ones merged.
export interface Piece {
  text: string;
  marked: boolean;
  start: number;
}

export function splitMarks(text: string, ranges: readonly { start: number; end: number }[]): Piece[] {
  const rs = ranges
    .map((r) => ({ start: Math.max(0, Math.min(r.start, text.length)), end: Math.max(0, Math.min(r.end, text.length)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of rs) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const out: Piece[] = [];
  let pos = 0;
  for (const r of merged) {
    if (r.start > pos) out.push({ text: text.slice(pos, r.start), marked: false, start: pos });
    out.push({ text: text.slice(r.start, r.end), marked: true, start: r.start });
    pos = r.end;
  }
  if (pos < text.length || !out.length) out.push({ text: text.slice(pos), marked: false, start: pos });
  return out;
}
