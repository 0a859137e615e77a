// The top of a full page: where its headline is and its date line, past the site's menus,
// breadcrumbs ("Trang chủ | Thời sự | …", "Trang chủ › Thời sự › …"), login bars and tickers.
// A date line anchors the headline (pages put the headline right above or below it); without one
// the headline is the first line that is not chrome.
import type { PartialDate } from './dates.ts';
import { dateLineDate } from './dateline.ts';

/** How far down a page the headline and its date line are looked for. */
const HEADER_LINES = 8;
/** Menus, breadcrumbs and tickers are short items between separators. */
const CHROME_SEPARATOR = /\s[|›»•·>]\s|\s\/\s/u;

/** A headline: short, and not ended as a sentence is (a closing quotation mark alone may end it). */
export function isHeadline(line: string): boolean {
  return line.length < 200 && !/[.!?…:;]["”’']?$/u.test(line);
}

/** A menu, breadcrumb, login bar or ticker: items between separators, or one word. */
export function isHeaderChrome(line: string): boolean {
  return CHROME_SEPARATOR.test(line) || /^[\p{L}\d-]+$/u.test(line);
}

export interface PageHeader {
  /** Index of the headline among the lines given, or null when the page has none. */
  title: number | null;
  /** Index of the date line, and its date. */
  dateLine: { index: number; date: PartialDate } | null;
}

function findDateLine(lines: readonly string[]): PageHeader['dateLine'] {
  for (let i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
    const date = dateLineDate(lines[i]!);
    if (date) return { index: i, date };
  }
  return null;
}

const headlineAt = (lines: readonly string[], i: number) => i >= 0 && i < lines.length && isHeadline(lines[i]!) && !isHeaderChrome(lines[i]!) && !dateLineDate(lines[i]!);

/** The headline and date line of a page given as its non-empty lines. */
export function findHeader(lines: readonly string[]): PageHeader {
  const dateLine = findDateLine(lines);
  if (dateLine) {
    if (headlineAt(lines, dateLine.index - 1)) return { title: dateLine.index - 1, dateLine };
    for (let i = dateLine.index + 1; i <= dateLine.index + 2; i++) if (headlineAt(lines, i)) return { title: i, dateLine };
  }
  for (let i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
    if (isHeaderChrome(lines[i]!) || dateLineDate(lines[i]!)) continue;
    return { title: isHeadline(lines[i]!) ? i : null, dateLine };
  }
  return { title: null, dateLine };
}
