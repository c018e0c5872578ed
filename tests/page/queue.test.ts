import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Queue } from '@/lib/page/queue';

describe('Queue', () => {
  it('behaves as an array used with push and shift, whatever the order of operations', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ push: fc.integer() }),
            // a burst: enough items to cross the compaction threshold
            fc.record({ burst: fc.integer({ min: 1000, max: 3000 }) }),
            fc.constant('shift' as const),
            fc.constant('clear' as const),
          ),
          { maxLength: 300 },
        ),
        (ops) => {
          const q = new Queue<number>();
          let model: number[] = [];
          for (const op of ops) {
            if (op === 'shift') expect(q.shift()).toBe(model.shift());
            else if (op === 'clear') {
              q.clear();
              model = [];
            } else if ('burst' in op) {
              for (let i = 0; i < op.burst; i++) {
                q.push(i);
                model.push(i);
              }
            } else {
              q.push(op.push);
              model.push(op.push);
            }
            expect(q.length).toBe(model.length);
          }
          const rest: number[] = [];
          for (let x = q.shift(); x !== undefined; x = q.shift()) rest.push(x);
          expect(rest).toEqual(model);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps order across compactions of a long drain, and is empty after it', () => {
    const q = new Queue<number>();
    const out: (number | undefined)[] = [];
    for (let i = 0; i < 50_000; i++) q.push(i);
    for (let i = 0; i < 30_000; i++) out.push(q.shift());
    for (let i = 50_000; i < 60_000; i++) q.push(i);
    expect(q.length).toBe(30_000);
    while (q.length) out.push(q.shift());
    expect(out).toEqual(Array.from({ length: 60_000 }, (_, i) => i));
    expect(q.shift()).toBeUndefined();
  });
});
