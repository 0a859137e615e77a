// What a statement says: the quotation right after its verb, else the rest of its clause, else a
// quotation before its speaker ("“…”, Bộ trưởng X nói").
import { THAT, TRAILING_JOINER } from '../lexicon/statement-words.ts';
import { fold } from '../text/fold.ts';
import type { Clause, SentenceScan } from './statement-scan.ts';

/** What follows a verb that says its content comes next: a colon, a quotation, "rằng". */
const SAYS_NEXT = /^\s*(:|“|"|rằng\s)/u;
/** What follows a verb that has said nothing after it: the sentence's end, or a joiner to the next clause. */
const NOTHING_AFTER = /^\s*([.;!?…]|$|,\s*(đồng thời|và|còn|sau đó|trong khi)\s)/u;

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

/**
 * "“…”, Bộ trưởng X nói.": the quotation that ends right before the speaker's clause, opening the
 * sentence or following an earlier sentence the splitter kept with it ("… hiệu quả. “…”, ông nói").
 */
function quoteBefore(scan: SentenceScan, c: Clause): string | null {
  const before = scan.text.slice(scan.sentence.start, c.cs).trimEnd();
  const quoted = before.match(/(?:^|[.!?…]\s+)[“"]([^“”"]{3,})[”"][,.]?$/u);
  return quoted ? quoted[1]!.replace(/[.,]+$/, '').trim() : null;
}

/**
 * "Dựa trên …, Việt Nam sẵn sàng …, Người phát ngôn khẳng định.": with nothing after the verb, the
 * content is the sentence before the speaker's clause.
 */
function contentBefore(scan: SentenceScan, c: Clause): Said | null {
  if (scan.found.length > 0 || c.cs <= scan.sentence.start) return null;
  const content = scan.text.slice(scan.sentence.start, c.cs).replace(/[\s,;:]+$/u, '').trim();
  return content.split(/\s+/).length >= 4 ? { content, direct: false, evidenceEnd: scan.sentence.end } : null;
}

/** "… đánh giá chuyến đi rất hiệu quả. “Tôi …”": content stops where a new sentence opens with a quotation. */
function endOfClause(text: string, from: number, to: number): number {
  const m = /[.!?…]\s+[“"]/u.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

export function clauseContent(scan: SentenceScan, c: Clause, contentEnd: number): Said | null {
  const { text, sentence, stoks } = scan;
  const after = text.slice(c.vEnd, Math.min(sentence.end, c.vEnd + 24));
  // "“…”, Thủ tướng X nói tại …": a quotation before the speaker is what was said, unless another follows the verb.
  const quoted = SAYS_NEXT.test(after) ? null : quoteBefore(scan, c);
  if (quoted) return { content: quoted, direct: true, evidenceEnd: sentence.end };
  // "…, Người phát ngôn khẳng định." / "…, bà nói, đồng thời lưu ý …": nothing said after the verb.
  if (NOTHING_AFTER.test(after)) return contentBefore(scan, c);
  let cStart = c.vEnd;
  while (cStart < text.length && /[\s:,]/.test(text[cStart]!)) cStart++;
  if (fold(text.slice(cStart, cStart + THAT.length)) === THAT && /\s/.test(text[cStart + THAT.length] ?? '')) cStart += THAT.length + 1;
  const q = quoteAt(text, cStart, scan.paragraphEnd);
  if (q) return { content: text.slice(q.start, q.end).trim(), direct: true, evidenceEnd: q.end + 1 };
  let content: string;
  if (contentEnd < c.vStart || (c.vStart === stoks[0]?.start && contentEnd < sentence.end)) {
    content = text.slice(c.vEnd, contentEnd).trim();
  } else {
    content = text.slice(cStart, endOfClause(text, cStart, contentEnd)).trim();
  }
  content = content.replace(/[.;,]+$/, '').trim();
  return content.split(/\s+/).length >= 2 ? { content, direct: false, evidenceEnd: sentence.end } : null;
}

/** The previous statement's content stops where this joined one starts. */
export function cutPreviousContent(scan: SentenceScan, cs: number): void {
  const prev = scan.found.at(-1);
  if (!prev || prev.direct) return;
  const text = scan.text;
  const cut = text.lastIndexOf(prev.content.slice(0, 20), cs);
  if (cut < 0 || cs - 1 <= cut || cs - 1 - cut >= prev.content.length) return;
  prev.content = text.slice(cut, cs - 1).replace(TRAILING_JOINER, '').trim() || prev.content;
}
