// A meeting named in full once and shorter elsewhere in the article: "Hội nghị Cấp cao lần thứ 42"
// after "Hội nghị Cấp cao Hiệp hội các quốc gia Đông Nam Á (ASEAN) lần thứ 42", "Hội nghị Nghị sĩ
// trẻ toàn cầu" after "… lần thứ 9". The short form is the same meeting when its words are all in
// the full name and the ordinals do not disagree; it takes the full form's identity.
import type { FieldMeetingMention } from './extract-fields.ts';

type Mention = FieldMeetingMention['m'];
interface Full {
  m: Mention;
  words: Set<string>;
}

const words = (core: string) => new Set(core.split(' ').filter((w) => w.length > 0 && w !== '-'));

function fits(short: Mention, shortWords: Set<string>, full: Full): boolean {
  if (short === full.m || full.m.informal || short.informal || short.series !== null) return false;
  if (short.ordinal !== null && short.ordinal !== full.m.ordinal) return false;
  if (short.ordinal === null && full.m.ordinal === null) return false;
  return shortWords.size >= 2 && shortWords.size <= full.words.size && [...shortWords].every((w) => full.words.has(w));
}

/** Each full name once (an article repeats its meeting's name), its words split once. */
function distinctFulls(mentions: FieldMeetingMention[]): Full[] {
  const seen = new Map<string, Full>();
  for (const x of mentions) {
    const key = `${x.m.core}|${x.m.ordinal}|${x.m.name}`;
    if (!x.m.informal && x.m.ordinal !== null && !seen.has(key)) seen.set(key, { m: x.m, words: words(x.m.core) });
  }
  return [...seen.values()];
}

/** The fullest name the short form fits, if any. */
function fullestFit(short: Mention, fulls: Full[]): Mention | null {
  const shortWords = words(short.core);
  let best: Full | null = null;
  for (const full of fulls) if (fits(short, shortWords, full) && (!best || full.words.size > best.words.size)) best = full;
  return best?.m ?? null;
}

/**
 * Linear in the mentions: the full names are compared once per distinct short form, not once per
 * mention (a page naming one conference a thousand times was quadratic).
 */
export function joinShortForms(mentions: FieldMeetingMention[]): void {
  const fulls = distinctFulls(mentions);
  if (fulls.length === 0) return;
  const found = new Map<string, Mention | null>();
  for (const x of mentions) {
    if (x.m.informal || x.m.series !== null) continue;
    const key = `${x.m.core}|${x.m.ordinal}`;
    if (!found.has(key)) found.set(key, fullestFit(x.m, fulls));
    const full = found.get(key);
    if (full && full !== x.m) x.m = { ...full, start: x.m.start, end: x.m.end, text: x.m.text };
  }
}
