// The host of a reception written as an opening clause: "Tháng 9, tiếp Phó Thủ tướng Singapore X
// đang thăm Việt Nam, Thủ tướng Y đề nghị …". The verb opens its clause with no subject before it,
// and the subject of the sentence, named right after the clause's comma, is the one who receives.
import type { FieldPersonMention } from './extract-fields.ts';
import { firstStartingAtOrAfter } from './span-index.ts';

/** Nothing but space between the clause's start (sentence start or a comma) and the verb. */
const OPENS_CLAUSE = /(?:^|[.,;:!?\n])\s*$/u;
/** The rest of the guest's clause: no sentence punctuation, ending at its comma. */
const CLAUSE_REST = /^[^.;:!?\n,]{0,80},\s*/u;

export function hostAfterClause(text: string, named: readonly FieldPersonMention[], at: number, guest: FieldPersonMention): FieldPersonMention | undefined {
  if (!OPENS_CLAUSE.test(text.slice(Math.max(0, at - 3), at)) && at > 0) return undefined;
  const rest = text.slice(guest.end).match(CLAUSE_REST);
  if (!rest) return undefined;
  const from = guest.end + rest[0].length;
  const host = named[firstStartingAtOrAfter(named, from)];
  return host && host.start === from && host.name !== guest.name ? host : undefined;
}
