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

export function formatIn(text: string, words: Record<string, MeetingFormatName>): MeetingFormatName | null {
  const f = fold(text);
  const found = new Set(foldedWords(words).filter(([w]) => f.includes(w)).map(([, format]) => format));
  return PRIORITY.find((format) => found.has(format)) ?? null;
}
