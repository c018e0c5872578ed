import { splitMarks } from './marks';

/** Text with <mark>s at the given offsets; rendered as text nodes, never as HTML. */
export function Marked({
  text,
  ranges,
  markRef,
}: {
  text: string;
  ranges: { start: number; end: number }[];
  markRef?: (el: HTMLElement | null) => void;
}) {
  let first = true;
  return (
    <>
      {splitMarks(text, ranges).map((p) => {
        if (!p.marked) return <span key={p.start}>{p.text}</span>;
        const ref = first ? markRef : undefined;
        first = false;
        return (
          <mark key={p.start} ref={ref}>
            {p.text}
          </mark>
        );
      })}
    </>
  );
}
