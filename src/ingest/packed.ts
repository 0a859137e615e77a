// Arrays built by pushing, so they keep one elements kind whatever tier runs the code that builds them.
// Array.prototype.map's result is packed when the interpreter builds it but holey when optimised code
// does: each function reading a mapped list was deoptimised ("wrong map") when the function mapping
// it got optimised, and compiled again (--trace-deopt over 30 rounds of the bench corpus).

/** `items.map(fn)`, as a packed array. */
export function mapPacked<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(fn(items[i]!, i));
  return out;
}
