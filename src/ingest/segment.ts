// Splits a raw document into articles. A teaser list holds one news item per line; a full page holds
// one article (title on the first line) plus page chrome. The extraction stages refine this.
export type DocumentKind = 'TEASER_LIST' | 'FULL_PAGE';

export interface SegmentedArticle {
  title: string | null;
  body: string;
  /** 1-based inclusive line range in the source document. */
  lineStart: number;
  lineEnd: number;
}

export interface SegmentedDocument {
  kind: DocumentKind;
  lineCount: number;
  articles: SegmentedArticle[];
}

const IMAGE_PLACEHOLDER = /^!\[[^\]]*\]\([^)]*\)\s*\|?\s*$/;

export function segmentDocument(text: string): SegmentedDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const lineCount = lines.length;
  const content = lines
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '' && !IMAGE_PLACEHOLDER.test(line));
  if (content.length === 0) return { kind: 'TEASER_LIST', lineCount, articles: [] };
  // A full page starts with a short headline line without a final full stop.
  const first = content[0]!.line;
  const looksLikeHeadline = first.length < 160 && !/[.!?…]$/.test(first) && content.length > 3;
  if (!looksLikeHeadline) {
    return {
      kind: 'TEASER_LIST',
      lineCount,
      articles: content.map(({ line, number }) => ({ title: null, body: line, lineStart: number, lineEnd: number })),
    };
  }
  const body = content.slice(1).map(({ line }) => line.replace(/^\|\s*|\s*\|$/g, '')).join('\n');
  return {
    kind: 'FULL_PAGE',
    lineCount,
    articles: [{ title: first, body, lineStart: content[0]!.number, lineEnd: content.at(-1)!.number }],
  };
}
