// Splits a raw document into articles and drops page chrome. A teaser list holds one news item per
// line; a full page holds one article (its headline near the top, article-header.ts) plus
// navigation, related-news blocks, image placeholders, bylines and off-topic teasers, which are
// removed here. Each article keeps the date it gives itself (date line or dateline, dateline.ts).
import { findHeader, isHeadline } from './article-header.ts';
import type { PartialDate } from './dates.ts';
import { readDateline, type Dateline } from './dateline.ts';
import { publishedDate } from './published-date.ts';

export type DocumentKind = 'TEASER_LIST' | 'FULL_PAGE';

export interface SegmentedArticle {
  title: string | null;
  body: string;
  /** 1-based inclusive line range in the source document. */
  lineStart: number;
  lineEnd: number;
  /** Source line number of each body line (same order as body.split('\n')). */
  bodyLines: number[];
  /** The day the article gives itself (date line or dateline), its year filled from the article; null: none. */
  published: PartialDate | null;
  /** The dateline removed from the article's first line ("HÀ NỘI, 3/11 -"). */
  dateline: Dateline | null;
}

export interface SegmentedDocument {
  kind: DocumentKind;
  lineCount: number;
  articles: SegmentedArticle[];
}

const IMAGE_PLACEHOLDER = /^!\[[^\]]{0,300}\]\([^)]{0,500}\)\s*\|?\s*$/;
/** Blocks after which the rest of a full page is navigation. */
const END_MARKERS = [
  'tin bài liên quan', 'các tin bài khác', 'đọc nhiều', 'multimedia', 'bài viết cùng chủ đề', 'đọc thêm', 'tin cùng chuyên mục',
  'tin khác', 'xem thêm', 'phiên bản di động', 'bài liên quan', 'các bài viết khác', 'tin mới nhất', 'xem nhiều',
];
/** Short inline blocks: a few teaser headlines follow, then the article resumes. */
const INLINE_MARKERS = ['tin liên quan', 'bài liên quan:', 'xem thêm:'];
const OFF_TOPIC = /\b(XSMB|XSMT|XSMN|SXMB|SXMT|Vietlott)\b|xổ số/i;
const SOURCE_TAG = /^(TGVN|TTXVN|VOV|VNA|VTV|Vietnam\+|PV)\.\s+/;
const CHROME_LINE = /^(Theo dõi .{0,60} trên|Ảnh:|Nguồn:|\(Ảnh:|Chia sẻ|In bài|Bình luận)/i;

/** Byline: two to four capitalised words, nothing else ("Thu Hiền", "Minh Anh (TTXVN)"). */
function isByline(line: string): boolean {
  const bare = line.replace(/\([^)]{0,40}\)$/, '').trim();
  const words = bare.split(/\s+/);
  return words.length >= 1 && words.length <= 4 && bare.length < 40 && words.every((w) => /^\p{Lu}/u.test(w)) && !/[.:]/.test(bare);
}

function cleanLine(line: string): string {
  return line.replace(/^\|\s*|\s*\|$/g, '').replace(SOURCE_TAG, '').replace(/\s*\((?:Ảnh|Nguồn|Photo)\s*:[^)]{0,80}\)\s*$/u, '').trim();
}

/** The first line without its dateline, and the dateline. */
function splitDateline(line: string): { line: string; dateline: Dateline | null } {
  const dateline = readDateline(line);
  return dateline ? { line: line.slice(dateline.length), dateline } : { line, dateline: null };
}

function teaserArticle({ line, number }: { line: string; number: number }): SegmentedArticle {
  const { line: body, dateline } = splitDateline(cleanLine(line));
  return { title: null, body, lineStart: number, lineEnd: number, bodyLines: [number], published: publishedDate(dateline?.date ?? null, body), dateline };
}

type Line = { line: string; number: number };

/** The article lines of a full page after its headline: chrome and related-news blocks dropped. */
function keptLines(content: Line[], from: number, skip: ReadonlySet<number>): Line[] {
  const kept: Line[] = [];
  let skippingInline = false;
  for (let i = from; i < content.length; i++) {
    const { line, number } = content[i]!;
    if (skip.has(i)) continue;
    const lower = line.toLowerCase().replace(/[:.]$/, '');
    if (END_MARKERS.includes(lower)) break;
    // A related-article card: the same headline twice in a row, then its summary.
    if (content[i + 1]?.line === line && kept.length > 0) break;
    if (INLINE_MARKERS.includes(lower) || INLINE_MARKERS.includes(line.toLowerCase())) {
      skippingInline = true;
      continue;
    }
    if (skippingInline) {
      if ((isHeadline(line) || line.length < 40) && !/\. |\(Ảnh/.test(line)) continue;
      skippingInline = false;
    }
    if (CHROME_LINE.test(line)) continue;
    if (kept.length === 0 && isByline(line)) continue;
    if (/^[\w-]{1,20}$/.test(line) && /\d/.test(line)) continue;
    const cleaned = cleanLine(line);
    if (cleaned) kept.push({ line: cleaned, number });
  }
  return kept;
}

function fullPage(content: Line[], title: number, dateLine: { index: number; date: PartialDate } | null): SegmentedArticle {
  const kept = keptLines(content, title + 1, new Set(dateLine ? [dateLine.index] : []));
  const first = kept[0] ? splitDateline(kept[0].line) : { line: '', dateline: null };
  if (kept[0]) kept[0] = { ...kept[0], line: first.line };
  const body = kept.map((k) => k.line).join('\n');
  return {
    title: cleanLine(content[title]!.line),
    body,
    lineStart: content[title]!.number,
    lineEnd: kept.at(-1)?.number ?? content[title]!.number,
    bodyLines: kept.map((k) => k.number),
    published: publishedDate(dateLine?.date ?? first.dateline?.date ?? null, body),
    dateline: first.dateline,
  };
}

export function segmentDocument(text: string): SegmentedDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const lineCount = lines.length;
  const content = lines
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '' && !IMAGE_PLACEHOLDER.test(line) && !OFF_TOPIC.test(line));
  const header = findHeader(content.map((c) => c.line));
  if (header.title === null || content.length <= 3) {
    return { kind: 'TEASER_LIST', lineCount, articles: content.map(teaserArticle).filter((a) => a.body !== '') };
  }
  return { kind: 'FULL_PAGE', lineCount, articles: [fullPage(content, header.title, header.dateLine)] };
}
