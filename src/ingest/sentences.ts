// Sentences of one field (title or body) with offsets into it. Intl.Segmenter keeps "TP.HCM" and
// "D.C." whole; a paragraph (line) boundary always ends a sentence.
export type Field = 'TITLE' | 'BODY';

export interface Sentence {
  field: Field;
  index: number;
  /** Paragraph (line) index within the field. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Longest sentence the later stages see: a run this long without a sentence end is cut at its last
 * space (or here when it has none). Every within-sentence step (clause starts, subjects, the
 * sentence's own regexes) is then bounded. The corpus's longest sentence is 544 characters.
 */
export const MAX_SENTENCE_CHARS = 2_000;

const segmenter = new Intl.Segmenter('vi', { granularity: 'sentence' });

/**
 * Intl.Segmenter's cost per sentence grows with the length of the string it was given (V8 20:
 * 87,000 characters of short sentences took 130 ms, 348,000 took 3.9 s), so a long line is
 * segmented in windows, each starting at a sentence boundary. A boundary is kept only when a letter
 * follows it inside the window: the segmenter's one open-ended look-ahead (UAX #29 rule SB8, after a
 * period) stops at the first letter, so such a boundary is the one the whole line would give.
 */
const WINDOW = 2_048;

interface Piece {
  index: number;
  segment: string;
}

export function* segmentsOf(line: string): Generator<Piece> {
  let pos = 0;
  let size = WINDOW;
  while (pos < line.length) {
    const end = Math.min(line.length, pos + size);
    const window = line.slice(pos, end);
    const atEnd = end === line.length;
    let lastLetter = window.length - 1;
    while (!atEnd && lastLetter >= 0 && !/\p{L}/u.test(window[lastLetter]!)) lastLetter -= 1;
    let next = pos;
    for (const seg of segmenter.segment(window)) {
      const segEnd = seg.index + seg.segment.length;
      // Inside the line, the window's last piece may be cut short: it is segmented again.
      if (!atEnd && (segEnd > lastLetter || segEnd >= window.length)) break;
      yield { index: pos + seg.index, segment: seg.segment };
      next = pos + segEnd;
      // A window grown around one long sentence gives only that sentence: the cost stays linear.
      if (size > WINDOW) break;
    }
    if (next === pos) size *= 2;
    else {
      pos = next;
      size = WINDOW;
    }
  }
}

/** Pieces of at most MAX_SENTENCE_CHARS, cut after the last space that fits (or at the limit). */
function* capped(pieces: Iterable<Piece>): Generator<Piece> {
  for (const piece of pieces) {
    let { index, segment } = piece;
    while (segment.length > MAX_SENTENCE_CHARS) {
      const space = segment.lastIndexOf(' ', MAX_SENTENCE_CHARS - 1);
      const cut = space > 0 ? space + 1 : MAX_SENTENCE_CHARS;
      yield { index, segment: segment.slice(0, cut) };
      index += cut;
      segment = segment.slice(cut);
    }
    yield { index, segment };
  }
}

export function splitSentences(field: Field, text: string, startIndex = 0): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  let paragraph = 0;
  for (const line of text.split('\n')) {
    let pending: { start: number; end: number } | null = null;
    // A line no longer than a sentence may be goes to the segmenter whole (the common case, and faster).
    for (const seg of line.length <= MAX_SENTENCE_CHARS ? segmenter.segment(line) : capped(segmentsOf(line))) {
      const start = offset + seg.index;
      const end = start + seg.segment.trimEnd().length;
      if (end <= start) continue;
      // "Washington D.C. Hoa Kỳ" or "ông A. Smith": a piece that starts lower-case or is very short continues the previous one.
      // (Only the pending text's last four code units can decide the "A." test; the whole of it made long runs quadratic.)
      if (pending && end - pending.start <= MAX_SENTENCE_CHARS && (/^\s*[\p{Ll}\d(“"”]/u.test(seg.segment) || seg.segment.trim().length < 4 || /\b\p{Lu}\.$/u.test(text.slice(Math.max(pending.start, pending.end - 4), pending.end)))) {
        pending.end = end;
        continue;
      }
      if (pending) out.push({ field, index: startIndex + out.length, paragraph, start: pending.start, end: pending.end, text: text.slice(pending.start, pending.end) });
      pending = { start, end };
    }
    if (pending) out.push({ field, index: startIndex + out.length, paragraph, start: pending.start, end: pending.end, text: text.slice(pending.start, pending.end) });
    offset += line.length + 1;
    paragraph += 1;
  }
  return out;
}
