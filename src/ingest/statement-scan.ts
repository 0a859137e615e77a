// The state of one sentence being read for statements, shared by the stages that read it.
import type { SpeechActName } from '../lexicon/speech-verbs.ts';
import type { OrganisationMention } from './organisations.ts';
import type { Sentence } from './sentences.ts';
import type { Indexed, SpeakerKindName, Subject } from './statement-subject.ts';
import type { Token } from './tokens.ts';

export interface StatementMention {
  speakerKind: SpeakerKindName;
  speakerLabel: string;
  /** Index into the field's person mentions (named, or nominal resolved later). */
  personMention: number | null;
  organisation: OrganisationMention | null;
  countryCode: string | null;
  verb: string;
  act: SpeechActName;
  content: string;
  direct: boolean;
  evidenceStart: number;
  evidenceEnd: number;
  sentenceIndex: number;
}

/** What earlier sentences of the field leave for a pronoun to refer to. */
export interface FieldMemory {
  previous: Sentence | null;
  /** The statements of the previous sentence. */
  previousStatements: StatementMention[];
}

/** One sentence being read: its tokens, the statements found in it so far, and what they claimed. */
export interface SentenceScan {
  text: string;
  m: Indexed;
  /** Positions covered by a name or an organisation: a comma there does not end a clause. */
  covered: Uint8Array;
  sentence: Sentence;
  stoks: Token[];
  paragraphEnd: number;
  memory: FieldMemory;
  found: StatementMention[];
  claimedUntil: number;
  lastVerbEnd: number;
  participial: boolean;
}

/** A speech verb and the start of the clause before it. */
export interface Clause {
  vStart: number;
  vEnd: number;
  cs: number;
}

export type Found = Subject | Subject[] | null;
