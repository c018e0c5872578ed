import { describe, expect, it } from 'vitest';
import { type Block, pointAt } from '@/lib/page/blocks';

// pointAt only reads `starts` and the nodes' identity: plain objects stand in for Text nodes.
const nodes = ['Встречу провёл ', 'Иван', ' ', 'Тестов', ' вчера.'].map((data) => ({ data }) as unknown as Text);
const starts: number[] = [];
let at = 0;
for (const n of nodes) {
  starts.push(at);
  at += n.data.length;
}
const block: Block = { element: null as unknown as Element, nodes, starts, text: nodes.map((n) => n.data).join('') };

describe('pointAt (block offset → text node and offset)', () => {
  it.each([
    ['start of the block', 0, false, 0, 0],
    ['inside the first node', 3, false, 0, 3],
    ['a start on a node boundary goes to the next node', 15, false, 1, 0],
    ['an end on a node boundary stays in the previous node', 15, true, 0, 15],
    ['a name split over three nodes: start', block.text.indexOf('Иван'), false, 1, 0],
    ['a name split over three nodes: end', block.text.indexOf('Тестов') + 6, true, 3, 6],
    ['end of the block', block.text.length, true, 4, 7],
  ])('%s', (_name, offset, end, index, inNode) => {
    const p = pointAt(block, offset, end);
    expect([p.index, p.offset]).toEqual([index, inNode]);
    expect(p.node).toBe(nodes[index]);
  });
});
