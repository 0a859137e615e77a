// A meeting named in full once and shorter elsewhere in the article: "Hội nghị Cấp cao lần thứ 42"
// after "Hội nghị Cấp cao Hiệp hội các quốc gia Đông Nam Á (ASEAN) lần thứ 42", "Hội nghị Nghị sĩ
// trẻ toàn cầu" after "… lần thứ 9". The short form is the same meeting when its words are all in
// the full name and the ordinals do not disagree; it takes the full form's identity.
import type { FieldMeetingMention } from './extract-fields.ts';

const words = (core: string) => new Set(core.split(' ').filter((w) => w.length > 0 && w !== '-'));

function fits(short: FieldMeetingMention['m'], full: FieldMeetingMention['m']): boolean {
  if (short === full || full.informal || short.informal || short.series !== null) return false;
  if (short.ordinal !== null && short.ordinal !== full.ordinal) return false;
  if (short.ordinal === null && full.ordinal === null) return false;
  const s = words(short.core);
  const f = words(full.core);
  return s.size >= 2 && s.size <= f.size && [...s].every((w) => f.has(w));
}

export function joinShortForms(mentions: FieldMeetingMention[]): void {
  const fulls = mentions.filter((x) => !x.m.informal && x.m.ordinal !== null);
  if (fulls.length === 0) return;
  for (const x of mentions) {
    if (x.m.informal || x.m.series !== null) continue;
    const full = fulls.filter((f) => fits(x.m, f.m)).sort((a, b) => words(b.m.core).size - words(a.m.core).size)[0];
    if (full) x.m = { ...full.m, start: x.m.start, end: x.m.end, text: x.m.text };
  }
}
