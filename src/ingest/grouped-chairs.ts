// A chair and place given to a group of meetings, then the group listed: "Đại sứ A chủ trì các
// cuộc họp của Ủy ban ASEAN tại Washington D.C." followed by "Các cuộc họp gồm X, Y và Z". Each
// listed meeting is chaired by A and held there, unless its own text says otherwise; so is every
// meeting of the article named with the body whose meetings they are ("cuộc họp nội bộ của ACW").
import { PLACE_BEFORE } from '../lexicon/meeting-context.ts';
import type { ArticleMeeting } from './article-extraction.ts';
import type { MeetingContext } from './extract-meeting.ts';
import type { OrganisationMention } from './organisations.ts';
import type { Sentence } from './sentences.ts';
import { gazetteer } from './gazetteer.ts';
import { SpanIndex } from './span-index.ts';
import { tokenize } from './tokens.ts';

const GROUP_NOUN = '(?:cuộc họp|cuộc gặp|hội nghị|phiên họp|sự kiện|hoạt động)';
/** "A (đồng) chủ trì các cuộc họp …": the group and its chair before the verb. */
const GROUP_CHAIRED = new RegExp(`(?:^|\\s)(?:đồng\\s+)?chủ trì\\s+các\\s+${GROUP_NOUN}(?=\\s|$)`, 'u');
/** "Các cuộc họp (này) (bao) gồm …": the sentence lists the group's meetings. */
const GROUP_LISTED = new RegExp(`^Các\\s+${GROUP_NOUN}(?:\\s+(?:này|trên))?\\s+(?:bao\\s+)?gồm\\s`, 'u');

type Organisation = OrganisationMention & { field: Sentence['field'] };
interface Group { chair: number | null; city: string | null; code: string | null; body: Organisation | undefined }

/** "… các cuộc họp của <body>": the body right after the group's noun. */
const OF_BODY = /^\s+của\s+$/u;

/** The chair and place of a sentence that chairs a group of meetings, or null. */
function groupOf(sentence: Sentence, ctx: MeetingContext, organisations: OrganisationIndex): Group | null {
  const verb = sentence.text.match(GROUP_CHAIRED);
  if (!verb) return null;
  const text = ctx.fieldText(sentence.field);
  const verbAt = sentence.start + verb.index!;
  const nounEnd = verbAt + verb[0].length;
  const body = organisations.within(sentence.field, nounEnd, sentence.end).find((o) => OF_BODY.test(text.slice(nounEnd, o.start)));
  const last = ctx.personsIn(sentence).filter(({ p }) => p.field === sentence.field && !p.nominal && p.name && p.end <= verbAt).at(-1);
  const chair = last && verbAt - last.p.end <= 3 ? (ctx.personOf.get(last.idx) ?? null) : null;
  const place = ctx.placesIn(sentence).find((p) => p.start > verbAt && PLACE_BEFORE.test(text.slice(Math.max(0, p.start - 25), p.start)));
  if (place) return { chair, city: place.city, code: place.code, body };
  return { chair, body, ...(cityInside(text.slice(verbAt, sentence.end)) ?? { city: null, code: null }) };
}

/** A city after "tại"/"ở" that an organisation's name took in ("các cuộc họp của Ủy ban ASEAN tại Washington D.C."). */
function cityInside(text: string): { city: string; code: string } | null {
  const tokens = tokenize(text);
  for (let i = 1; i < tokens.length; i++) {
    if (!PLACE_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 25), tokens[i]!.start))) continue;
    const m = gazetteer.match(text, tokens, i, ['city']);
    if (m?.entry.kind === 'city') return { city: m.entry.name, code: m.entry.code };
  }
  return null;
}

/** The group's chair and city on a meeting whose own text gives none. */
function give(mt: ArticleMeeting, group: Group): void {
  if (group.chair !== null && mt.chairPerson === null && mt.chairs.length === 0) {
    [mt.chairPerson, mt.chairs] = [group.chair, [group.chair]];
    mt.participants = [...new Set([...mt.participants, group.chair])];
  }
  if (group.city && !mt.city) [mt.city, mt.countryCode] = [group.city, group.code];
}

/** The article's organisation mentions by field and span, and the meetings each body is named in. */
class OrganisationIndex {
  private byField = new Map<Sentence['field'], { list: Organisation[]; spans: SpanIndex<Organisation> }>();
  private meetingsOf: Map<string, ArticleMeeting[]> | null = null;

  constructor(organisations: readonly Organisation[], private readonly meetings: ArticleMeeting[]) {
    const lists = new Map<Sentence['field'], Organisation[]>();
    for (const o of organisations) (lists.get(o.field) ?? lists.set(o.field, []).get(o.field)!).push(o);
    for (const [field, list] of lists) this.byField.set(field, { list, spans: new SpanIndex(list) });
  }

  within(field: Sentence['field'], from: number, to: number): Organisation[] {
    const f = this.byField.get(field);
    return f ? f.spans.within(from, to).map((k) => f.list[k]!) : [];
  }

  /** The meetings whose name holds a mention of the body, by its name or acronym (indexed on first use). */
  namedWith(body: Organisation): ArticleMeeting[] {
    if (!this.meetingsOf) {
      this.meetingsOf = new Map();
      for (const mt of this.meetings) {
        for (const o of this.within(mt.where.field, mt.where.start, mt.where.end)) {
          for (const key of new Set([o.name, o.acronym ?? o.name])) (this.meetingsOf.get(key) ?? this.meetingsOf.set(key, []).get(key)!).push(mt);
        }
      }
    }
    return [...new Set([...(this.meetingsOf.get(body.name) ?? []), ...(body.acronym ? (this.meetingsOf.get(body.acronym) ?? []) : [])])];
  }
}

export function findGroupChairs(meetings: ArticleMeeting[], sentences: readonly Sentence[], ctx: MeetingContext, organisations: readonly Organisation[]): void {
  const bySentence = new Map<Sentence, ArticleMeeting[]>();
  for (const mt of meetings) (bySentence.get(mt.sentence) ?? bySentence.set(mt.sentence, []).get(mt.sentence)!).push(mt);
  let index: OrganisationIndex | undefined;
  const bodiesDone = new Set<string>();
  for (let k = 0; k + 1 < sentences.length; k++) {
    const next = sentences[k + 1]!;
    if (!GROUP_LISTED.test(next.text)) continue;
    const group = groupOf(sentences[k]!, ctx, (index ??= new OrganisationIndex(organisations, meetings)));
    if (!group) continue;
    for (const mt of bySentence.get(next) ?? []) give(mt, group);
    // Each body's meetings once: the first group that names it chairs them.
    if (group.body && !bodiesDone.has(group.body.name)) {
      bodiesDone.add(group.body.name);
      for (const mt of index.namedWith(group.body)) give(mt, group);
    }
  }
}
