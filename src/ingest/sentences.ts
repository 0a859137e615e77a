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

const segmenter = new Intl.Segmenter('vi', { granularity: 'sentence' });

export function splitSentences(field: Field, text: string, startIndex = 0): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  let paragraph = 0;
  for (const line of text.split('\n')) {
    let pending: { start: number; end: number } | null = null;
    for (const seg of segmenter.segment(line)) {
      const start = offset + seg.index;
      const end = start + seg.segment.trimEnd().length;
      if (end <= start) continue;
      // "Washington D.C. Hoa Kỳ" or "ông A. Smith": a piece that starts lower-case or is very short continues the previous one.
      if (pending && (/^\s*[\p{Ll}\d(“"”]/u.test(seg.segment) || seg.segment.trim().length < 4 || /\b\p{Lu}\.$/u.test(text.slice(pending.start, pending.end)))) {
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
