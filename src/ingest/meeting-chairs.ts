// Who chaired a meeting, when its sentence says so around it. Three shapes, each possibly with
// several co-chairs:
//   "<meeting> … dưới sự (đồng) chủ trì của A(, …) và B", "với sự đồng chủ trì của A và B";
//   "<meeting> do A chủ trì" (the label is read by extract-meeting.ts; its persons here);
//   "A (và|cùng) B (đồng) chủ trì (khai mạc) <meeting>".
// Every chair is also a participant; the first is the meeting's chair.
import type { ArticleMeeting } from './article-extraction.ts';
import type { IndexedPerson, MeetingContext } from './extract-meeting.ts';

const CHAIR_OF = /(?:dưới|với) sự (?:đồng )?chủ trì của\s/u;
const CHAIR_BY = /(?:^|[\s,])do\s/u;
const CHAIR_VERB_BEFORE = /(?:đồng\s+)?chủ trì\s+(?:khai mạc\s+|bế mạc\s+)?(?:các\s+)?$/u;
/** Between two co-chairs: "A và B", "A, đồng Chủ tịch phía Việt Nam, và B", "A cùng B". */
const CO_CHAIR_GAP = /^[^.;:!?]{0,120}?(?:\s|,)(?:và|cùng)(?:\s+(?:ông|bà|với))?\s*$/u;

type Person = IndexedPerson;

/** Co-chairs after the first: each joined to the one before by "và" or "cùng". */
function joined(first: Person, rest: Person[], text: string): Person[] {
  const out = [first];
  for (const p of rest) {
    if (!CO_CHAIR_GAP.test(text.slice(out.at(-1)!.p.end, p.p.start))) break;
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
  const chairs = joined(first, candidates.slice(1), text);
  // "do" is also "because of": it names a chair only when "chủ trì" follows the persons.
  return of || /^[^.;]{0,40}?chủ trì/u.test(text.slice(chairs.at(-1)!.p.end)) ? chairs : [];
}

/** "A và B đồng chủ trì <meeting>": the persons before the verb. */
function chairsBefore(mt: ArticleMeeting, persons: Person[], text: string): Person[] {
  const before = text.slice(mt.sentence.start, mt.where.start);
  const verb = before.match(CHAIR_VERB_BEFORE);
  if (!verb) return [];
  const verbAt = mt.sentence.start + verb.index!;
  const prior = persons.filter(({ p }) => p.end <= verbAt);
  const last = prior.at(-1);
  if (!last || /[.;]/.test(text.slice(last.p.end, verbAt)) || verbAt - last.p.end > 40) return [];
  const chain = [last];
  for (let k = prior.length - 2; k >= 0; k--) {
    if (!CO_CHAIR_GAP.test(text.slice(prior[k]!.p.end, chain[0]!.p.start))) break;
    chain.unshift(prior[k]!);
  }
  return chain;
}

export function findChairs(meetings: ArticleMeeting[], ctx: MeetingContext): void {
  for (const mt of meetings) {
    const text = ctx.fieldText(mt.where.field);
    const persons = ctx.personsIn(mt.sentence).filter(({ p }) => p.field === mt.where.field && !p.nominal && p.name);
    const found = chairsAfter(mt, persons, text);
    const chairs = (found.length ? found : chairsBefore(mt, persons, text)).map(({ idx }) => ctx.personOf.get(idx)).filter((x): x is number => x !== undefined);
    if (chairs.length === 0) continue;
    mt.chairs = [...new Set([...(mt.chairPerson !== null ? [mt.chairPerson] : []), ...chairs])];
    mt.chairPerson ??= mt.chairs[0]!;
    mt.participants = [...new Set([...mt.participants, ...mt.chairs])];
  }
}
