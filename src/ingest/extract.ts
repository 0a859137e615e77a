// Runs the pure stages on one article: sentences, dates, organisations and countries, persons,
// meetings, statements; then links them inside the article (short names and title-only references
// to the persons they mean, meetings to their dates, places, chairs and umbrellas).
import { FUTURE_BEFORE, PLACE_BEFORE, SAME_DAY, UMBRELLA_BEFORE, UNKNOWN_CITY_BEFORE } from '../lexicon/meeting-context.ts';
import { CHAIR, CHAIR_BACKREF, PARTICIPATION, TALK, TALK_NAME } from '../lexicon/meeting-roles.ts';
import { SENTENCE_FORMAT_WORDS } from '../lexicon/meeting-series.ts';
import { fold } from '../text/fold.ts';
import { formatIn } from './meeting-format.ts';
import { findDates, type DateMention, type PartialDate } from './dates.ts';
import { findMeetings, type MeetingMention } from './meetings.ts';
import { findOrganisations, learnAcronyms, type CountryMention, type LearnedOrganisation, type OrganisationMention, type PlaceMention } from './organisations.ts';
import { findPersons, isVietnameseName, type PersonMention } from './persons.ts';
import { PersonNameIndex, samePerson, tokensOf } from './same-person.ts';
import type { SegmentedArticle } from './segment.ts';
import { splitSentences, type Field, type Sentence } from './sentences.ts';
import { TitleReferences } from './title-references.ts';
import { firstStartingAtOrAfter, LastAtOrBelow } from './span-index.ts';
import { findStatements, type StatementMention } from './statements.ts';

export interface Located {
  field: Field;
  start: number;
  end: number;
  text: string;
}

export interface ArticlePerson {
  name: string;
  aliases: string[];
  countryCode: string | null;
  roles: { title: string; countryCode: string | null; organisation: string | null }[];
  mentions: Located[];
}

export interface ArticleMeeting {
  mention: MeetingMention;
  where: Located;
  sentence: Sentence;
  date: { from: PartialDate; to?: PartialDate } | null;
  city: string | null;
  countryCode: string | null;
  format: 'VIRTUAL' | 'IN_PERSON' | 'HYBRID' | null;
  chairLabel: string | null;
  chairPerson: number | null;
  chairCountry: string | null;
  /** Index of the umbrella meeting in this article's meetings. */
  parent: number | null;
  participants: number[];
  sentenceYears: number[];
}

export interface ArticleStatement extends Omit<StatementMention, 'personMention'> {
  field: Field;
  person: number | null;
  meeting: number | null;
}

export interface ArticleExtraction {
  sentences: Sentence[];
  persons: ArticlePerson[];
  organisations: (OrganisationMention & { field: Field })[];
  countries: (CountryMention & { field: Field })[];
  meetings: ArticleMeeting[];
  statements: ArticleStatement[];
  dates: (DateMention & { field: Field })[];
  /** Years written anywhere in the article, for dates that lack one. */
  articleYears: number[];
  learned: LearnedOrganisation[];
}

export { samePerson };

export function extractArticle(article: SegmentedArticle, learnedFromDocument: LearnedOrganisation[] = []): ArticleExtraction {
  const fields: { field: Field; text: string }[] = [];
  if (article.title) fields.push({ field: 'TITLE', text: article.title });
  fields.push({ field: 'BODY', text: article.body });
  const own = fields.flatMap((f) => learnAcronyms(f.text)).filter((o) => !learnedFromDocument.some((l) => l.acronym === o.acronym && l.name === o.name));
  const learned = own.length ? [...learnedFromDocument, ...own] : learnedFromDocument;

  const sentences: Sentence[] = [];
  const personMentions: (PersonMention & { field: Field; sentence: number })[] = [];
  const organisations: (OrganisationMention & { field: Field })[] = [];
  const countries: (CountryMention & { field: Field })[] = [];
  const places: (PlaceMention & { field: Field })[] = [];
  const meetingMentions: { m: MeetingMention; field: Field; sentence: Sentence }[] = [];
  const dates: (DateMention & { field: Field })[] = [];
  const rawStatements: (StatementMention & { field: Field; personOffset: number })[] = [];

  for (const { field, text } of fields) {
    const fs = splitSentences(field, text, sentences.length);
    sentences.push(...fs);
    const sentenceOf = (pos: number) => sentenceStartingAtOrBefore(fs, pos)!;
    const scan = findOrganisations(text, learned);
    const persons = findPersons(text);
    organisations.push(...scan.organisations.map((o) => ({ ...o, field })));
    countries.push(...scan.countries.map((c) => ({ ...c, field })));
    places.push(...scan.places.map((p) => ({ ...p, field })));
    const offset = personMentions.length;
    personMentions.push(...persons.map((p) => ({ ...p, field, sentence: sentenceOf(p.start).index })));
    for (const m of findMeetings(text)) meetingMentions.push({ m, field, sentence: sentenceOf(m.start) });
    dates.push(...findDates(text).map((d) => ({ ...d, field })));
    const st = findStatements(text, fs, { persons, organisations: scan.organisations, countries: scan.countries });
    rawStatements.push(...st.map((s) => ({ ...s, field, personOffset: offset })));
  }

  // Persons: group named mentions; short forms join the full name they abbreviate.
  const persons: ArticlePerson[] = [];
  const personOf = new Map<number, number>();
  // The names each person was written with, indexed: the latest person with a matching name wins.
  const nameIndex = new PersonNameIndex();
  personMentions.forEach((pm, idx) => {
    if (pm.nominal || !pm.name) return;
    const name = pm.name;
    let found = -1;
    const candidates = nameIndex.candidates(name);
    for (let c = candidates.length - 1; c >= 0; c--) {
      const k = candidates[c]!;
      if ([persons[k]!.name, ...persons[k]!.aliases].some((a) => samePerson(a, name))) {
        found = k;
        break;
      }
    }
    if (found < 0) {
      persons.push({ name, aliases: [], countryCode: pm.countryCode ?? (isVietnameseName(name) && !pm.title ? 'VN' : null), roles: [], mentions: [] });
      found = persons.length - 1;
      nameIndex.add(found, name);
    }
    const p = persons[found]!;
    if (tokensOf(name).length > tokensOf(p.name).length) {
      p.aliases.push(p.name);
      p.name = name;
      nameIndex.add(found, name);
    } else if (fold(name) !== fold(p.name)) {
      p.aliases.push(name);
      nameIndex.add(found, name);
    }
    if (pm.honorific) {
      p.aliases.push(`${pm.honorific} ${name}`);
      nameIndex.add(found, `${pm.honorific} ${name}`);
    }
    p.countryCode ??= pm.countryCode ?? (isVietnameseName(name) ? 'VN' : null);
    if (pm.role) p.roles.push({ title: pm.role, countryCode: pm.countryCode, organisation: pm.organisation });
    p.mentions.push({ field: pm.field, start: pm.nameStart, end: pm.nameEnd, text: name });
    personOf.set(idx, found);
  });
  // Single-word names that never met their full form are kept only after a title naming a
  // country ("Bộ trưởng Ngoại giao Indonesia Sugiono"): many Indonesians have one name.
  const strongSingle = new Set<number>();
  personMentions.forEach((pm, idx) => {
    const person = personOf.get(idx);
    if (person !== undefined && pm.title && pm.countryCode && pm.countryCode !== 'VN' && pm.name && pm.name.length >= 3) strongSingle.add(person);
  });
  const keep = persons.map((p, k) => tokensOf(p.name).length >= 2 || strongSingle.has(k));

  // Title-only references: the last person named with that title; nobody when two tie.
  const titleReferences = new TitleReferences(personMentions, personOf);
  const resolveNominal = (idx: number): number | null => titleReferences.resolve(idx);

  const sentencesByField = new Map<Field, Sentence[]>();
  for (const x of sentences) (sentencesByField.get(x.field) ?? sentencesByField.set(x.field, []).get(x.field)!).push(x);
  // Talks named only by their verb: "Bộ trưởng A đã hội đàm với Ngoại trưởng B".
  // The lookups below search `named` (in text order) near the verb instead of filtering all of it per
  // verb, which was quadratic on long pages; each gives what the filter gave.
  for (const { field, text } of fields) {
    const named = personMentions.filter((p) => p.field === field && !p.nominal && p.name);
    if (named.length < 2) continue;
    const longest = Math.max(...named.map((p) => p.end - p.start));
    /** The last of `named` ending at or before `at` that `ok` accepts, among those that can end at or after `from`. */
    const lastEnding = (at: number, from: number, ok: (p: (typeof named)[number]) => boolean) => {
      for (let k = firstStartingAtOrAfter(named, at + 1) - 1; k >= 0 && named[k]!.start >= from - longest; k--) if (named[k]!.end <= at && ok(named[k]!)) return named[k];
      return undefined;
    };
    const fieldSentences = sentencesByField.get(field) ?? [];
    for (const talk of text.matchAll(TALK)) {
      const at = talk.index!;
      let before = lastEnding(at, at - 24, (p) => !/[.!?,;]/.test(text.slice(p.end, at)) && text.slice(p.end, at).length < 25);
      const next = named[firstStartingAtOrAfter(named, at + talk[0].length)];
      let after = next && next.start - (at + talk[0].length) < 80 ? next : undefined;
      const verb = talk[1]!;
      if (verb === 'tiếp') {
        // "Bộ trưởng A tiếp Đại sứ B": a courtesy call, both named right next to the verb.
        after = next?.start === at + talk[0].length ? next : undefined;
        if (!before || !after || talk[2]) continue;
        const name = `Cuộc tiếp ${after.text} của ${before.text}`;
        const sentence = sentenceContaining(fieldSentences, at) ?? sentences.at(-1)!;
        meetingMentions.push({
          field, sentence,
          m: { start: at, end: after.end, text: text.slice(at, after.end), name, series: null, partner: null, ordinal: null, nameYear: null, acronym: null, level: 'OTHER', format: null, core: fold(name), informal: true },
        });
        continue;
      }
      if (verb === 'trao đổi' || verb === 'gặp gỡ') after = undefined;
      if (!talk[2] || !after) {
        if (talk[2] && verb !== 'trao đổi' && verb !== 'gặp gỡ') continue;
        // "A và B đã điện đàm": both named before the verb.
        const first = before ? lastEnding(before.start, vaGapStart(text, before.start), (p) => /^\s*và\s*$/u.test(text.slice(p.end, before!.start))) : undefined;
        if (!first || !before) continue;
        after = before;
        before = first;
      }
      if (!before || !after) continue;
      const kind = talk[1]!;
      const name = `${kind === 'trao đổi' || kind === 'gặp gỡ' ? 'Cuộc ' : ''}${kind === 'trao đổi' || kind === 'gặp gỡ' ? kind : `${kind[0]!.toUpperCase()}${kind.slice(1)}`} giữa ${before.text} và ${after.text}`;
      const sentence = sentenceContaining(fieldSentences, at) ?? sentences.at(-1)!;
      const spanStart = Math.min(at, before.start);
      const spanEnd = Math.max(after.end, at + kind.length);
      meetingMentions.push({
        field, sentence,
        m: {
          start: spanStart, end: spanEnd, text: text.slice(spanStart, spanEnd), name, series: null, partner: null, ordinal: null, nameYear: null, acronym: null,
          level: 'OTHER', format: kind === 'điện đàm' ? 'VIRTUAL' : null, core: fold(name), informal: true,
        },
      });
    }
  }
  meetingMentions.sort((a, b) => (a.field === b.field ? a.m.start - b.m.start : a.field === 'TITLE' ? -1 : 1));

  // Meetings with their dates, places, format, chair and umbrella.
  const fieldText = (f: Field) => fields.find((x) => x.field === f)!.text;
  const articleYears = dates.flatMap((d) => [d.from.year, d.to?.year]).filter((y): y is number => y !== undefined);
  // "Cùng ngày" / "cùng ngày hôm đó": the day of the latest full date written before the sentence.
  const fullDatesByEnd = new Map<Field, LastAtOrBelow>();
  const fullDatesOf = (field: Field) => {
    if (!fullDatesByEnd.has(field)) fullDatesByEnd.set(field, new LastAtOrBelow(dates.flatMap((d, position) => (d.field === field && d.from.day !== undefined ? [{ key: d.end, position }] : []))));
    return fullDatesByEnd.get(field)!;
  };
  const sameDayAsBefore = (field: Field, sentence: Sentence) => {
    if (!SAME_DAY.test(sentence.text)) return null;
    const position = fullDatesOf(field).query(sentence.start);
    const earlier = position === undefined ? undefined : dates[position];
    return earlier ? { from: earlier.from } : null;
  };
  // Per-sentence indexes, built once: filtering every list for every meeting is quadratic on long
  // articles (a 1 MB page of headlines names thousands of meetings and people).
  const bySentence = <T,>(items: T[], sentenceOfItem: (item: T) => Sentence | undefined) => {
    const index = new Map<Sentence, T[]>();
    for (const item of items) {
      const sentence = sentenceOfItem(item);
      if (sentence) (index.get(sentence) ?? index.set(sentence, []).get(sentence)!).push(item);
    }
    return (sentence: Sentence) => index.get(sentence) ?? [];
  };
  const locate = (field: Field, start: number, end: number) => {
    const sentence = sentenceStartingAtOrBefore(sentencesByField.get(field) ?? [], start);
    return sentence && start >= sentence.start && end <= sentence.end ? sentence : undefined;
  };
  const datesIn = bySentence(dates, (d) => locate(d.field, d.start, d.end));
  const placesIn = bySentence(places, (p) => locate(p.field, p.start, p.end));
  const meetingsIn = bySentence(meetingMentions, (x) => x.sentence);
  const personsIn = bySentence(
    personMentions.map((p, idx) => ({ p, idx })),
    ({ p }) => sentences[p.sentence],
  );
  // The first country written as exactly this text, per field (a chair that is a country).
  const countryByText = new Map<string, string>();
  for (const c of countries) if (!countryByText.has(`${c.field}\u0000${c.text}`)) countryByText.set(`${c.field}\u0000${c.text}`, c.code);
  const meetings: ArticleMeeting[] = meetingMentions.map(({ m, field, sentence }) => {
    const text = fieldText(field);
    const inSentence = datesIn(sentence);
    const meetingSpans = meetingsIn(sentence).map((x) => x.m);
    const candidates = inSentence.filter((d) => !meetingSpans.some((s) => d.start >= s.start && d.end <= s.end));
    const before = text.slice(Math.max(sentence.start, m.start - 40), m.start);
    const future = FUTURE_BEFORE.test(before);
    const usable = candidates.filter((d) => !(future && d.end <= m.start));
    const near = usable.sort((a, b) => Math.min(Math.abs(a.start - m.end), Math.abs(a.end - m.start)) - Math.min(Math.abs(b.start - m.end), Math.abs(b.end - m.start)))[0];
    const sentenceText = sentence.text;
    // "trong khuôn khổ X": the sentence describes another meeting, not X.
    const umbrellaRef = UMBRELLA_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 20), m.start));
    const inSentencePlaces = placesIn(sentence);
    let place: { city: string | null; code: string } | undefined = inSentencePlaces.find((p) => PLACE_BEFORE.test(text.slice(Math.max(0, p.start - 25), p.start)));
    if (!place) {
      // "tại Langkawi, Malaysia": a city the lexicon does not know, then its country.
      for (const p of inSentencePlaces) {
        const unknownCity = text.slice(Math.max(sentence.start, p.start - 40), p.start).match(UNKNOWN_CITY_BEFORE);
        if (p.city === null && unknownCity) {
          place = { city: unknownCity[1]!.trim(), code: p.code };
          break;
        }
      }
    }
    const chairMatch = sentenceText.match(CHAIR);
    const chairLabel = chairMatch ? chairMatch[1]!.trim() : null;
    const sentencePersons = personsIn(sentence).filter(({ p }) => p.field === field);
    const chairPm = chairLabel ? sentencePersons.find(({ p }) => chairLabel.includes(p.name ?? '\u0000')) : undefined;
    const chairCountry = chairLabel ? countryByText.get(`${field}\u0000${chairLabel}`) ?? null : null;
    // Participants: named before the meeting with a participation verb between, or inside an informal
    // meeting's name ("cuộc gặp giữa Bộ trưởng X với Ngoại trưởng Y").
    const participants = sentencePersons
      .filter(({ p }) => !p.nominal && ((p.end <= m.start && PARTICIPATION.test(text.slice(p.end, m.start))) || (m.informal && p.start >= m.start && p.end <= m.end) || (m.informal && TALK_NAME.test(m.name) && m.name.includes(p.name ?? '\u0000'))))
      .map(({ idx }) => personOf.get(idx))
      .filter((x): x is number => x !== undefined);
    return {
      mention: m,
      where: { field, start: m.start, end: m.end, text: m.text },
      sentence,
      date: near ? { from: near.from, to: near.to } : sameDayAsBefore(field, sentence),
      city: place?.city ?? null,
      countryCode: place?.code ?? null,
      format: m.format ?? (umbrellaRef ? null : formatIn(sentenceText, SENTENCE_FORMAT_WORDS)),
      chairLabel,
      chairPerson: chairPm ? (personOf.get(chairPm.idx) ?? null) : null,
      chairCountry,
      parent: null,
      participants: [...new Set(participants)],
      sentenceYears: inSentence.flatMap((d) => [d.from.year]).filter((y): y is number => y !== undefined),
    };
  });
  // Meetings by sentence index, and the last meeting of a paragraph before a sentence: looked up, not
  // filtered from every meeting per meeting or statement (quadratic on long pages).
  const meetingsBySentence = new Map<number, number[]>();
  meetings.forEach((mt, k) => (meetingsBySentence.get(mt.sentence.index) ?? meetingsBySentence.set(mt.sentence.index, []).get(mt.sentence.index)!).push(k));
  const byParagraph = new Map<string, { key: number; position: number }[]>();
  meetings.forEach((mt, position) => {
    const key = `${mt.sentence.field}\u0000${mt.sentence.paragraph}`;
    (byParagraph.get(key) ?? byParagraph.set(key, []).get(key)!).push({ key: mt.sentence.index, position });
  });
  const lastInParagraph = new Map<string, LastAtOrBelow>();
  /** The last meeting (in list order) of the field's paragraph whose sentence comes before sentenceIndex. */
  const lastMeetingBefore = (field: Field, paragraph: number, sentenceIndex: number) => {
    const key = `${field}\u0000${paragraph}`;
    const entries = byParagraph.get(key);
    if (!entries) return undefined;
    if (!lastInParagraph.has(key)) lastInParagraph.set(key, new LastAtOrBelow(entries));
    return lastInParagraph.get(key)!.query(sentenceIndex - 1);
  };

  // "trong khuôn khổ X", "bên lề X": X is the umbrella of the other meetings of the sentence.
  meetings.forEach((mt, idx) => {
    const text = fieldText(mt.where.field);
    const before = text.slice(Math.max(mt.sentence.start, mt.where.start - 20), mt.where.start);
    if (!UMBRELLA_BEFORE.test(before)) return;
    const meetingsOf = (sentenceIndex: number) => (meetingsBySentence.get(sentenceIndex) ?? []).map((k) => ({ o: meetings[k]!, k }));
    let children = meetingsOf(mt.sentence.index).filter(({ o, k }) => k !== idx && o.sentence === mt.sentence && o.mention.series !== mt.mention.series).map(({ o }) => o);
    if (children.length === 0) children = meetingsOf(mt.sentence.index - 1).filter(({ o }) => o.sentence.paragraph === mt.sentence.paragraph && o.sentence.field === mt.sentence.field && o.sentence.index === mt.sentence.index - 1).map(({ o }) => o);
    for (const c of children) c.parent = idx;
  });

  // "X và Y đồng chủ trì Hội nghị này": the chair named in a later sentence that points back at the
  // meeting ("Hội nghị này", "cuộc họp") instead of naming it. The last meeting of the paragraph before it.
  const sentencesWithMeetings = new Set(meetings.map((mt) => mt.sentence));
  for (const sentence of sentences) {
    if (sentencesWithMeetings.has(sentence)) continue;
    const chairBack = CHAIR_BACKREF.exec(sentence.text);
    if (!chairBack) continue;
    const before = lastMeetingBefore(sentence.field, sentence.paragraph, sentence.index);
    const target = before === undefined ? undefined : meetings[before];
    if (!target || target.chairLabel) continue;
    const subjectEnd = sentence.start + chairBack[1]!.length;
    const chairs = personsIn(sentence)
      .filter(({ p }) => p.field === sentence.field && p.sentence === sentence.index && !p.nominal && p.end <= subjectEnd)
      .map(({ idx }) => personOf.get(idx))
      .filter((x): x is number => x !== undefined);
    if (chairs.length === 0) continue;
    target.chairLabel = chairBack[1]!.trim();
    target.chairPerson = chairs[0]!;
    target.participants = [...new Set([...target.participants, ...chairs])];
  }

  // Statements: persons resolved, meeting of the sentence (or the previous one in the paragraph).
  const statements: ArticleStatement[] = rawStatements.map((s) => {
    let person: number | null = null;
    let kind = s.speakerKind;
    if (s.personMention !== null) {
      const idx = s.personOffset + s.personMention;
      const pm = personMentions[idx]!;
      person = pm.nominal ? resolveNominal(idx) : (personOf.get(idx) ?? null);
      if (person !== null && !keep[person]) person = null;
      kind = person !== null ? 'PERSON' : pm.nominal ? 'ROLE' : 'PERSON';
    }
    const here = meetingsBySentence.get(s.sentenceIndex)?.[0] ?? -1;
    const prevInParagraph = lastMeetingBefore(s.field, sentences[s.sentenceIndex]!.paragraph, s.sentenceIndex);
    const { personMention: _pm, personOffset: _po, ...rest } = s;
    return { ...rest, speakerKind: kind === 'PERSON' && person === null ? 'ROLE' : kind, person, meeting: here >= 0 ? here : (prevInParagraph ?? null) };
  });

  return {
    sentences,
    persons: persons.map((p, k) => (keep[k] ? p : { ...p, mentions: [] })),
    organisations,
    countries,
    meetings,
    statements,
    dates,
    articleYears,
    learned,
  };
}

/** The last of `sentences` (in text order) that starts at or before `pos`; binary search, since pages can hold thousands. */
function sentenceStartingAtOrBefore(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo];
}

/** The first of `sentences` (one field's, in text order) with start ≤ pos ≤ end. */
function sentenceContaining(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = firstStartingAtOrAfter(sentences, pos + 1) - 1;
  if (lo < 0 || sentences[lo]!.end < pos) return undefined;
  // Ends grow with starts, so the sentences holding pos are the ones just before, back to the first too short.
  while (lo > 0 && sentences[lo - 1]!.end >= pos) lo -= 1;
  return sentences[lo];
}

/** Where a gap matching /^\s*và\s*$/ before `pos` can start at the earliest (pos itself when none can). */
function vaGapStart(text: string, pos: number): number {
  let a = pos;
  while (a > 0 && /\s/.test(text[a - 1]!)) a -= 1;
  if (a < 2 || text.slice(a - 2, a) !== 'và') return pos;
  let b = a - 2;
  while (b > 0 && /\s/.test(text[b - 1]!)) b -= 1;
  return b;
}
