// "Ông nhấn mạnh …", "…”, bà nói.": a pronoun subject stands for the person the text was just
// about: the last speaker in the sentence, else that of the sentence before (in the paragraph, or
// the last sentence of the paragraph before), else the first person that sentence names.
import { PRONOUNS } from '../lexicon/statement-words.ts';
import { fold } from '../text/fold.ts';
import type { FieldMemory, SentenceScan, StatementMention } from './statement-scan.ts';
import type { Subject } from './statement-subject.ts';

export function isPronoun(subject: string): boolean {
  return PRONOUNS.has(fold(subject).trim());
}

const asSubject = (s: StatementMention): Subject => ({ kind: s.speakerKind, label: s.speakerLabel, personMention: s.personMention, organisation: s.organisation, countryCode: s.countryCode });

function lastPersonSpeaker(statements: StatementMention[]): StatementMention | undefined {
  return statements.findLast((s) => s.personMention !== null);
}

/** The person a pronoun subject in the scanned sentence stands for, or null. */
export function pronounReferent(scan: SentenceScan, memory: FieldMemory): Subject | null {
  const here = lastPersonSpeaker(scan.found);
  if (here) return asSubject(here);
  const prev = memory.previous;
  if (!prev || prev.field !== scan.sentence.field || scan.sentence.paragraph - prev.paragraph > 1) return null;
  const before = lastPersonSpeaker(memory.previousStatements);
  if (before) return asSubject(before);
  const first = scan.m.personSpans.within(prev.start, prev.end)[0];
  if (first === undefined) return null;
  const p = scan.m.persons[first]!;
  return { kind: p.nominal ? 'ROLE' : 'PERSON', label: p.text, personMention: first, organisation: null, countryCode: p.countryCode };
}

/** "Hãng tin này mô tả …": the last organisation named before `before`, in this sentence or the previous one. */
export function organisationReferent(scan: SentenceScan, memory: FieldMemory, before: number, label: string): Subject | null {
  const from = memory.previous && memory.previous.field === scan.sentence.field ? memory.previous.start : scan.sentence.start;
  // "Hãng tin này" stands for a news outlet; "cơ quan này" for any organisation.
  const media = /^(hang|to|bao|dai)/.test(fold(label));
  const last = scan.m.organisationSpans.within(from, before).filter((k) => !media || scan.m.organisations[k]!.kind === 'MEDIA').at(-1);
  if (last === undefined) {
    // An outlet outside the lexicon is no organisation mention, but it may have spoken just before.
    const spoke = [...memory.previousStatements, ...scan.found].findLast((s) => s.speakerKind === 'ORGANISATION');
    return spoke ? { ...asSubject(spoke), label } : null;
  }
  const org = scan.m.organisations[last]!;
  return { kind: 'ORGANISATION', label, personMention: null, organisation: org, countryCode: org.countryCode };
}

/**
 * "Tổng Bí thư tiếp Thủ tướng Hun Manet. Vị khách …": the last person named before `before`, in this
 * sentence or the previous one, but never the host who opens that sentence.
 */
export function guestReferent(scan: SentenceScan, memory: FieldMemory, before: number): Subject | null {
  const from = memory.previous && memory.previous.field === scan.sentence.field ? memory.previous.start : scan.sentence.start;
  const mentioned = scan.m.personSpans.within(from, before);
  const named = mentioned.slice(1).filter((k) => !scan.m.persons[k]!.nominal).at(-1);
  if (named === undefined) return null;
  const p = scan.m.persons[named]!;
  return { kind: 'PERSON', label: p.text, personMention: named, organisation: null, countryCode: p.countryCode };
}
