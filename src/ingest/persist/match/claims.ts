// Ids a write hands out before its rows exist: planned rows get ids after every stored one, so a
// planned row loses a first-match tie to a stored one, and map to real ids once inserted.

/** Ids not yet created, ordered after every stored id. */
export const PLANNED = 2 ** 40;

/** Lowest id answering to each key; planned ids sort after stored ones, in planning order. */
export class Claims {
  readonly map = new Map<string, number>();
  claim(key: string, id: number) {
    const held = this.map.get(key);
    if (held === undefined || id < held) this.map.set(key, id);
  }
  get(key: string) {
    return this.map.get(key);
  }
}

/** Serial ids are drawn in VALUES order: the n-th planned row gets the n-th smallest returned id. */
export function realIds(inserted: number[]): (id: number) => number {
  const ids = [...inserted].sort((a, b) => a - b);
  return (id) => (id >= PLANNED ? ids[id - PLANNED]! : id);
}

/** A stored row's folded name and the aliases of it a write asked about. */
export interface StoredNames {
  id: number;
  folded: string;
  aliases: { folded: string }[];
}
