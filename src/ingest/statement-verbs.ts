// Speech verbs found in a sentence's tokens: the lexicon's verbs, longest first, with the guards
// that tell a verb used as a verb from the same word used as a noun ("lời cảm ơn", "Tuyên bố về …"),
// inside another word ("nói chuyện") or naming an act rather than speech ("trả lời phỏng vấn").
import { AGREEMENT_VERBS, COMPOUND_FOLLOWERS, COMPOUND_LEADERS, NOUN_MARKERS, QUOTE_ONLY_VERBS, RECIPROCAL, SPEECH_VERBS, STANCE_VERBS, type SpeechActName } from '../lexicon/speech-verbs.ts';
import { NOUN_FOLLOWERS, THAT } from '../lexicon/statement-words.ts';
import { fold } from '../text/fold.ts';
import type { Token } from './tokens.ts';

export interface SpeechVerb {
  verb: string;
  act: SpeechActName;
  toks: string[];
}

const VERBS: SpeechVerb[] = Object.entries(SPEECH_VERBS)
  .map(([verb, act]) => ({ verb, act, toks: verb.split(' ') }))
  .sort((a, b) => b.toks.length - a.toks.length);

const VERBS_BY_FIRST = new Map<string, SpeechVerb[]>();
for (const v of VERBS) VERBS_BY_FIRST.set(v.toks[0]!, [...(VERBS_BY_FIRST.get(v.toks[0]!) ?? []), v]);

const QUOTE_ONLY = new Set(QUOTE_ONLY_VERBS);
const STANCE = new Set(STANCE_VERBS);
const MARKERS = NOUN_MARKERS.map((m) => m.split(' ')).sort((a, b) => b.length - a.length);

/** The longest speech verb starting at token i, if any (no guard: any use of the words). */
export function verbAt(tokens: Token[], i: number): SpeechVerb | undefined {
  return VERBS_BY_FIRST.get(tokens[i]!.lower)?.find((v) => v.toks.every((w, k) => tokens[i + k]?.lower === w));
}

/** Tokens i..j-1 are adjacent words (only a space between each two). */
function adjacent(text: string, tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (text.slice(tokens[k - 1]!.end, tokens[k]!.start) !== ' ') return false;
  return true;
}

/** A noun marker right before token i ("lời", "bản", "đưa ra"), in lower case as written ("Nhật Bản" is a name). */
function afterNounMarker(text: string, tokens: Token[], i: number): boolean {
  return MARKERS.some((m) => i >= m.length && adjacent(text, tokens, i - m.length, i + 1) && m.every((w, k) => tokens[i - m.length + k]!.text === w));
}

/** Whether the verb's words, at token i, are used as a speech verb in this sentence. */
function usedAsVerb(text: string, tokens: Token[], i: number, v: SpeechVerb, sentenceStart: number): boolean {
  const first = tokens[i]!;
  const vEnd = tokens[i + v.toks.length - 1]!.end;
  const after = tokens[i + v.toks.length];
  const next = after && text.slice(vEnd, after.start) === ' ' ? after.lower : null;
  if (next !== null && (NOUN_FOLLOWERS.has(fold(next)) || COMPOUND_FOLLOWERS[v.verb]?.includes(next))) return false;
  if (afterNounMarker(text, tokens, i)) return false;
  const before = i > 0 && text.slice(tokens[i - 1]!.end, first.start) === ' ' ? tokens[i - 1]!.text : null;
  if (before !== null && COMPOUND_LEADERS[v.verb]?.includes(before)) return false;
  if (first.start === sentenceStart && next === 'với' && AGREEMENT_VERBS.includes(v.verb)) return false;
  // A capitalised verb inside a sentence is a name or a title ("thông qua Tuyên bố về …").
  if (first.upper && first.start > sentenceStart && !/[“"(:]\s*$/u.test(text.slice(sentenceStart, first.start))) return false;
  const rest = text.slice(vEnd, vEnd + 40);
  if (RECIPROCAL.test(rest)) return false;
  if (QUOTE_ONLY.has(v.verb) && !/^\s*[:“"]/u.test(rest) && fold(next ?? '') !== THAT) return false;
  return true;
}

/** "bày tỏ tin tưởng …": the stance verb keeps its own words, with the act of the noun after it. */
function withStance(tokens: Token[], i: number, v: SpeechVerb): SpeechVerb {
  if (!STANCE.has(v.verb) || i + v.toks.length >= tokens.length) return v;
  const noun = verbAt(tokens, i + v.toks.length);
  return noun ? { ...v, act: noun.act } : v;
}

/** The speech verb at token i when the words there are used as one. */
export function speechVerbAt(text: string, tokens: Token[], i: number, sentenceStart: number): SpeechVerb | undefined {
  const v = verbAt(tokens, i);
  if (!v || !usedAsVerb(text, tokens, i, v, sentenceStart)) return undefined;
  return withStance(tokens, i, v);
}
