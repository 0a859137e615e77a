// "Theo tiến sỹ Takashi Hosoda, …" / "Theo Bộ Ngoại giao Thái Lan, …": the whole sentence is the
// content of a statement by the source the sentence opens with.
import { TITLES } from '../lexicon/titles.ts';
import { ACCORDING_TO, NOT_A_SOURCE } from '../lexicon/statement-words.ts';
import { fold } from '../text/fold.ts';
import { isPronoun, pronounReferent } from './statement-pronouns.ts';
import type { SentenceScan } from './statement-scan.ts';
import { recognise, toMention, trimSubject } from './statement-subject.ts';

const TITLE_START = new RegExp(`^(${TITLES.map((t) => t.title).sort((a, b) => b.length - a.length).join('|')})(\\s|$)`, 'iu');
export const ACCORDING_TO_LOWER = ACCORDING_TO.toLowerCase();

export function accordingTo(scan: SentenceScan): void {
  const { text, sentence, stoks } = scan;
  const theo = stoks.findIndex((t) => t.text === ACCORDING_TO || (t.lower === ACCORDING_TO_LOWER && /,\s*$/.test(text.slice(sentence.start, t.start))));
  if (theo < 0) return;
  const comma = text.indexOf(',', stoks[theo]!.end);
  if (!(comma > 0 && comma < sentence.end)) return;
  const [s, e] = trimSubject(text, stoks[theo]!.end, comma);
  // "Theo ông, …": the person the text was just about.
  const subj = NOT_A_SOURCE.test(fold(text.slice(s, e))) ? null : isPronoun(text.slice(s, e)) ? pronounReferent(scan, scan.memory) : recognise(text, s, e, scan.m);
  // "Theo ông X, Thứ trưởng Ngoại giao, …": the appositive title is not the content.
  let from = comma + 1;
  const appositive = text.slice(from, Math.min(sentence.end, from + 90)).match(/^\s*(\p{Lu}[^,]{2,80}),/u);
  if (appositive && TITLE_START.test(appositive[1]!)) from += appositive[0].length;
  const content = text.slice(from, sentence.end).trim().replace(/[.…]+$/, '');
  // "Theo TTXVN, …" credits a news report, not a statement.
  if (subj && !Array.isArray(subj) && subj.organisation?.kind !== 'MEDIA' && content.split(' ').length >= 3) {
    scan.found.push({ ...toMention(subj), verb: ACCORDING_TO_LOWER, act: 'INFORM', content, direct: false, evidenceStart: sentence.start, evidenceEnd: sentence.end, sentenceIndex: sentence.index });
    scan.claimedUntil = sentence.end;
  }
}
