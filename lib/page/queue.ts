// A first-in first-out queue whose shift() is O(1). Array.prototype.shift moves every remaining element once
// the array's backing store is large (V8 cannot trim the front of a store in large-object space, from ~16 000
// elements): a scanner draining a 20 000-block page through shift() spent ~250 ms moving elements, 100 000
// blocks ~5 s (`npm run bench page`).

export class Queue<T> {
  private items: (T | undefined)[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  /** The oldest item, removed; undefined when empty. */
  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined; // let it go
    // drop the consumed front once it is most of the store (amortised O(1))
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
  }
}
