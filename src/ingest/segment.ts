// Splits a raw document into articles and drops page chrome. A teaser list holds one news item per
// line; a full page holds one article (title on the first line) plus navigation, related-news
// blocks, image placeholders, bylines and off-topic teasers, which are removed here.
export type DocumentKind = 'TEASER_LIST' | 'FULL_PAGE';

export interface SegmentedArticle {
  title: string | null;
  body: string;
  /** 1-based inclusive line range in the source document. */
  lineStart: number;
  lineEnd: number;
  /** Source line number of each body line (same order as body.split('\n')). */
  bodyLines: number[];
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

function isHeadline(line: string): boolean {
  return line.length < 200 && !/[.!?…:"”]$/.test(line);
}

/** Byline: two to four capitalised words, nothing else ("Thu Hiền", "Minh Anh (TTXVN)"). */
function isByline(line: string): boolean {
  const bare = line.replace(/\([^)]{0,40}\)$/, '').trim();
  const words = bare.split(/\s+/);
  return words.length >= 1 && words.length <= 4 && bare.length < 40 && words.every((w) => /^\p{Lu}/u.test(w)) && !/[.:]/.test(bare);
}

function cleanLine(line: string): string {
  return line.replace(/^\|\s*|\s*\|$/g, '').replace(SOURCE_TAG, '').replace(/\s*\((?:Ảnh|Nguồn|Photo)\s*:[^)]{0,80}\)\s*$/u, '').trim();
}

export function segmentDocument(text: string): SegmentedDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const lineCount = lines.length;
  const content = lines
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '' && !IMAGE_PLACEHOLDER.test(line) && !OFF_TOPIC.test(line));
  if (content.length === 0) return { kind: 'TEASER_LIST', lineCount, articles: [] };
  const first = content[0]!.line;
  const looksLikeHeadline = isHeadline(first) && content.length > 3;
  if (!looksLikeHeadline) {
    return {
      kind: 'TEASER_LIST',
      lineCount,
      articles: content
        .map(({ line, number }) => ({ title: null, body: cleanLine(line), lineStart: number, lineEnd: number, bodyLines: [number] }))
        .filter((a) => a.body !== ''),
    };
  }
  const kept: { line: string; number: number }[] = [];
  let skippingInline = false;
  for (let i = 1; i < content.length; i++) {
    const { line, number } = content[i]!;
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
  return {
    kind: 'FULL_PAGE',
    lineCount,
    articles: [
      {
        title: cleanLine(first),
        body: kept.map((k) => k.line).join('\n'),
        lineStart: content[0]!.number,
        lineEnd: kept.at(-1)?.number ?? content[0]!.number,
        bodyLines: kept.map((k) => k.number),
      },
    ],
  };
}
