// Speech verbs found in a sentence's tokens: the lexicon's verbs, longest first, with the guards
// that tell a verb used as a verb from the same word used as a noun or inside a compound.
import { SPEECH_VERBS, type SpeechActName } from '../lexicon/speech-verbs.ts';
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

/** The longest speech verb starting at token i, if any. */
export function verbAt(tokens: Token[], i: number): SpeechVerb | undefined {
  return VERBS_BY_FIRST.get(tokens[i]!.lower)?.find((v) => v.toks.every((w, k) => tokens[i + k]?.lower === w));
}
