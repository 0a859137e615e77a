// Who chaired a meeting, when its sentence says so around it. Three shapes, each possibly with
// several co-chairs:
//   "<meeting> … dưới sự (đồng) chủ trì của A(, …) và B", "với sự đồng chủ trì của A và B";
//   "<meeting> do A chủ trì" (the label is read by extract-meeting.ts; its persons here);
//   "A (và|cùng) B (đồng) chủ trì (khai mạc) <meeting>".
//   "Điều hành <meeting> là A" (who runs a session);
//   "A, <title>, và B, <title>, đồng chủ trì <meeting>"; "A, B và C đồng chủ trì" (a list).
// "X thăm … theo lời mời của Y và đồng chủ trì <meeting>": the visitor X chairs, not Y.
// Every chair is also a participant; the first is the meeting's chair.
import type { ArticleMeeting } from './article-extraction.ts';
import type { IndexedPerson, MeetingContext } from './extract-meeting.ts';
import { mapPacked } from './packed.ts';

const CHAIR_OF = /(?:dưới|với) sự (?:đồng )?chủ trì của\s/u;
const CHAIR_BY = /(?:^|[\s,])do\s/u;
const CHAIR_VERB_BEFORE = /(?:đồng\s+)?chủ trì\s+(?:khai mạc\s+|bế mạc\s+)?(?:các\s+)?$/u;
/** Between two co-chairs: "A và B", "A, đồng Chủ tịch phía Việt Nam, và B", "A cùng B". */
const CO_CHAIR_GAP = /^[^.;:!?]{0,120}?(?:\s|,)(?:và|cùng)(?:\s+(?:ông|bà|với))?\s*$/u;
/** Between two chairs of a list that ends with "và" and "(đồng) chủ trì": "A, B và C". */
const LIST_GAP = /^\s*,\s*$/u;
/** "Điều hành phiên bế mạc là …": written before the meeting, "là" after it. */
const RUNS_BEFORE = /(?:^|[\s,])(?:[Đđ]iều hành|[Cc]hủ tọa)\s+$/u;
const RUNS_AFTER = /^\s*là\s+/u;
/** An appositive title between the last chair and the verb: ", Thứ trưởng Bộ …, ". */
const APPOSITIVE = /^\s*,[^.;:!?]{1,100},\s*$/u;
/** The verb joined to an earlier one ("… theo lời mời của Y và đồng chủ trì"): Y is not its subject. */
const VERB_JOINED = /\svà\s*$/u;
const INVITED_BY = /(?:theo|nhận) lời mời của\s+$/u;

type Person = IndexedPerson;

/** Co-chairs after the first: each joined to the one before by "và" or "cùng". */
function joined(first: Person, rest: Person[], text: string, list = false): Person[] {
  const out = [first];
  for (const p of rest) {
    const gap = text.slice(out.at(-1)!.p.end, p.p.start);
    if (!CO_CHAIR_GAP.test(gap) && !(list && LIST_GAP.test(gap))) break;
    out.push(p);
  }
  return out;
}

/** "dưới sự chủ trì của A và B", "do A chủ trì": the persons after the phrase. */
function chairsAfter(mt: ArticleMeeting, persons: Person[], text: string): Person[] {
  const after = text.slice(mt.where.end, mt.sentence.end);
  const of = after.match(CHAIR_OF);
  const m = of ?? after.match(CHAIR_BY);
  if (!m) return [];
  const from = mt.where.end + m.index! + m[0].length;
  const candidates = persons.filter(({ p }) => p.start >= from);
  const first = candidates[0];
  if (!first || /[.;]/.test(text.slice(from, first.p.start)) || first.p.start - from > (of ? 80 : 2)) return [];
  const chairs = joined(first, candidates.slice(1), text, !of);
  // "do" is also "because of": it names a chair only when "chủ trì" follows the persons.
  return of || /^[^.;]{0,40}?chủ trì/u.test(text.slice(chairs.at(-1)!.p.end)) ? chairs : [];
}

/** "Điều hành <meeting> là A (và B)": the persons after "là". */
function chairsRunning(mt: ArticleMeeting, persons: Person[], text: string): Person[] {
  if (!RUNS_BEFORE.test(text.slice(mt.sentence.start, mt.where.start))) return [];
  const is = text.slice(mt.where.end, mt.sentence.end).match(RUNS_AFTER);
  if (!is) return [];
  const from = mt.where.end + is[0].length;
  const candidates = persons.filter(({ p }) => p.start >= from);
  const first = candidates[0];
  return first && /^(?:(?:ông|bà)\s+)?$/u.test(text.slice(from, first.p.start)) ? joined(first, candidates.slice(1), text) : [];
}

/** "X, người đang thăm … theo lời mời của Y và đồng chủ trì <meeting>": X, the person before the invitation. */
function invitingSubject(invited: Person, prior: Person[], text: string): Person[] {
  const from = Math.max(0, invited.p.start - 40);
  const before = text.slice(from, invited.p.start).match(INVITED_BY);
  if (!before) return [];
  const subject = prior.filter(({ p }) => p.end <= from + before.index!).at(-1);
  return subject ? [subject] : [];
}

/** "A và B đồng chủ trì <meeting>": the persons before the verb. */
function chairsBefore(mt: ArticleMeeting, persons: Person[], text: string): Person[] {
  const before = text.slice(mt.sentence.start, mt.where.start);
  const verb = before.match(CHAIR_VERB_BEFORE);
  if (!verb) return [];
  const verbAt = mt.sentence.start + verb.index!;
  const prior = persons.filter(({ p }) => p.end <= verbAt);
  const last = prior.at(-1);
  if (!last) return [];
  const gap = text.slice(last.p.end, verbAt);
  if (VERB_JOINED.test(gap)) return invitingSubject(last, prior, text);
  if (/[.;]/.test(gap) || (gap.length > 40 && !APPOSITIVE.test(gap))) return [];
  const chain = [last];
  for (let k = prior.length - 2; k >= 0; k--) {
    const between = text.slice(prior[k]!.p.end, chain[0]!.p.start);
    // A comma joins a list only once "và" has joined its last two: "A, B và C".
    if (!CO_CHAIR_GAP.test(between) && !(chain.length > 1 && LIST_GAP.test(between))) break;
    chain.unshift(prior[k]!);
  }
  return chain;
}

export function findChairs(meetings: ArticleMeeting[], ctx: MeetingContext): void {
  for (const mt of meetings) {
    const text = ctx.fieldText(mt.where.field);
    const persons = ctx.personsIn(mt.sentence).filter(({ p }) => p.field === mt.where.field && !p.nominal && p.name);
    const after = chairsAfter(mt, persons, text);
    const found = after.length ? after : chairsRunning(mt, persons, text);
    const chairs = mapPacked(found.length ? found : chairsBefore(mt, persons, text), ({ idx }) => ctx.personOf.get(idx)).filter((x): x is number => x !== undefined);
    if (chairs.length === 0) continue;
    mt.chairs = [...new Set([...(mt.chairPerson !== null ? [mt.chairPerson] : []), ...chairs])];
    mt.chairPerson ??= mt.chairs[0]!;
    mt.participants = [...new Set([...mt.participants, ...mt.chairs])];
  }
}
