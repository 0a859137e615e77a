// What a statement says: the quotation right after its verb, else the rest of its clause, else a
// quotation before its speaker ("“…”, Bộ trưởng X nói").
import { THAT, TRAILING_JOINER } from '../lexicon/statement-words.ts';
import { fold } from '../text/fold.ts';
import type { Clause, SentenceScan } from './statement-scan.ts';

export interface Said {
  content: string;
  direct: boolean;
  evidenceEnd: number;
}

/** The first quotation starting right at `from` (“…” or "…"), in the paragraph's text. */
function quoteAt(text: string, from: number, paragraphEnd: number): { start: number; end: number } | null {
  const open = text[from];
  const close = open === '“' ? '”' : open === '"' ? '"' : null;
  if (!close) return null;
  const end = text.indexOf(close, from + 1);
  if (end < 0 || end > paragraphEnd) return null;
  return { start: from + 1, end };
}

/** "“…”, Bộ trưởng X nói.": the quotation that opens the sentence, before its speaker. */
function quoteBefore(scan: SentenceScan, c: Clause): string | null {
  const before = scan.text.slice(scan.sentence.start, c.cs).trimEnd();
  const quoted = before.match(/^[“"](.{3,}?)[”"][,.]?$/su);
  return quoted ? quoted[1]!.replace(/[.,]+$/, '').trim() : null;
}

export function clauseContent(scan: SentenceScan, c: Clause, contentEnd: number): Said | null {
  const { text, sentence, stoks } = scan;
  let cStart = c.vEnd;
  while (cStart < text.length && /[\s:,]/.test(text[cStart]!)) cStart++;
  if (fold(text.slice(cStart, cStart + THAT.length)) === THAT && /\s/.test(text[cStart + THAT.length] ?? '')) cStart += THAT.length + 1;
  const q = quoteAt(text, cStart, scan.paragraphEnd);
  if (q) return { content: text.slice(q.start, q.end).trim(), direct: true, evidenceEnd: q.end + 1 };
  let content: string;
  if (contentEnd < c.vStart || (c.vStart === stoks[0]?.start && contentEnd < sentence.end)) {
    content = text.slice(c.vEnd, contentEnd).trim();
  } else {
    content = text.slice(cStart, contentEnd).trim();
  }
  content = content.replace(/[.;,]+$/, '').trim();
  if (content.split(/\s+/).length >= 2) return { content, direct: false, evidenceEnd: sentence.end };
  const quoted = quoteBefore(scan, c);
  return quoted ? { content: quoted, direct: true, evidenceEnd: sentence.end } : null;
}

/** The previous statement's content stops where this joined one starts. */
export function cutPreviousContent(scan: SentenceScan, cs: number): void {
  const prev = scan.found.at(-1);
  if (!prev || prev.direct) return;
  const text = scan.text;
  const cut = text.slice(0, cs).lastIndexOf(prev.content.slice(0, 20));
  if (cut >= 0 && cs - 1 > cut) prev.content = text.slice(cut, Math.max(cut, cs - 1)).replace(TRAILING_JOINER, '').trim() || prev.content;
}
