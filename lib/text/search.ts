// Binary search over arrays sorted by an offset: the extraction stages look up tokens, mentions, quotes
// and referents by position.

/** Index of the first element not less than `x` in an ascending array (its length when there is none). */
export function lowerBound(arr: ArrayLike<number>, x: number): number {
  return lowerBoundBy(arr, x, (v) => v);
}

/** lowerBound over an array sorted ascending by `key`. */
export function lowerBoundBy<T>(arr: ArrayLike<T>, x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(arr[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
