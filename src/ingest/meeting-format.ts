// How a meeting was held, from the format words of the lexicon found in a text: hybrid wins over
// online, online over in person ("kết hợp trực tiếp và trực tuyến" holds all three).
import { fold } from '../text/fold.ts';

export type MeetingFormatName = 'VIRTUAL' | 'IN_PERSON' | 'HYBRID';

const PRIORITY: MeetingFormatName[] = ['HYBRID', 'VIRTUAL', 'IN_PERSON'];
const folded = new WeakMap<Record<string, MeetingFormatName>, [string, MeetingFormatName][]>();

function foldedWords(words: Record<string, MeetingFormatName>): [string, MeetingFormatName][] {
  let list = folded.get(words);
  if (!list) folded.set(words, (list = Object.entries(words).map(([w, f]) => [fold(w), f])));
  return list;
}

// Every meeting of a sentence asks about the same sentence, one after the other: the last answer is
// kept, so a sentence of many meetings is folded once, not once per meeting.
let last: { text: string; words: Record<string, MeetingFormatName>; format: MeetingFormatName | null } | null = null;

export function formatIn(text: string, words: Record<string, MeetingFormatName>): MeetingFormatName | null {
  if (last?.text === text && last.words === words) return last.format;
  const f = fold(text);
  const found = new Set(foldedWords(words).filter(([w]) => f.includes(w)).map(([, format]) => format));
  const format = PRIORITY.find((p) => found.has(p)) ?? null;
  last = { text, words, format };
  return format;
}
