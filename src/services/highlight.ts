// A short excerpt of a text around the words of a query, with where those words are. Matching
// runs on folded text (no case, no diacritics), but offsets point into the original text.

export interface Range {
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  /** Offsets into `text` of each matched query word. */
  highlights: Range[];
}

/** Folds one character at a time, keeping for each folded character the original index. */
function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = text[i]!.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
    for (const ch of f) {
      folded += ch;
      map.push(i);
    }
  }
  return { folded, map };
}

const WORD = /[\p{L}\p{N}]+/gu;

export function highlight(text: string, query: string, radius = 80): Snippet {
  const { folded, map } = foldWithMap(text);
  const words = [...new Set(foldWithMap(query).folded.match(WORD) ?? [])].filter((w) => w.length > 0);
  const ranges: Range[] = [];
  for (const word of words) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'gu');
    for (const match of folded.matchAll(pattern)) {
      const start = map[match.index]!;
      const end = map[match.index + word.length - 1]! + 1;
      ranges.push({ start, end });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  // The window around the whole phrase when the text has it, else around the first match.
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const phrase = words.length ? new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join('[^\\p{L}\\p{N}]+')}`, 'u').exec(folded) : null;
  const anchor = phrase ? map[phrase.index]! : (merged[0]?.start ?? 0);
  const anchorEnd = phrase ? map[phrase.index + phrase[0].length - 1]! + 1 : (merged[0]?.end ?? 0);
  let from = Math.max(0, anchor - radius);
  let to = Math.min(text.length, anchorEnd + radius * 2);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > anchor ? text.lastIndexOf(' ', to) : to;
  const prefix = from > 0 ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  const body = text.slice(from, to).replace(/\s+$/, '');
  return {
    text: `${prefix}${body}${suffix}`,
    highlights: merged
      .filter((r) => r.start >= from && r.end <= from + body.length)
      .map((r) => ({ start: r.start - from + prefix.length, end: r.end - from + prefix.length })),
  };
}

/** The snippet with each highlight wrapped (no escaping: the caller decides the markup). */
export function markSnippet(snippet: Snippet, open: string, close: string): string {
  let out = '';
  let at = 0;
  for (const r of snippet.highlights) {
    out += snippet.text.slice(at, r.start) + open + snippet.text.slice(r.start, r.end) + close;
    at = r.end;
  }
  return out + snippet.text.slice(at);
}
