// What an article says of its meetings' place and format outside their own sentence. A city: a
// building of the capital named in the sentence ("tại Trụ sở Chính phủ"), the dateline's city
// ("SINGAPORE, 9/2 -") for the meetings of the dateline's day, else the city of another meeting the
// article reports on the same day; the headline's meeting, and a talk of the lead, are where the
// lead says the visit's day was ("… đón chính thức tại Phủ Chủ tịch …; hai nguyên thủ bước vào
// hội đàm"). A format: a talk, a reception or a meeting with a known place
// is held in person unless the article speaks of meeting at a distance.
import { IN_PERSON_TALK_HEADS, TALK_NAME } from '../lexicon/meeting-roles.ts';
import { AT_A_DISTANCE, CAPITAL_VENUES, DATELINE_CITY, PLACE_BEFORE } from '../lexicon/meeting-context.ts';
import type { Dateline } from './dateline.ts';
import { CITIES } from '../lexicon/places.ts';
import { fold } from '../text/fold.ts';
import type { ArticleMeeting } from './article-extraction.ts';
import type { ArticleScan } from './extract-fields.ts';
import { mapPacked } from './packed.ts';

const CITY_BY_FOLDED = new Map<string, { name: string; code: string }>();
for (const c of CITIES) for (const a of [c.name, ...c.aliases]) CITY_BY_FOLDED.set(fold(a), { name: c.name, code: c.countryCode });

type Dated = ArticleScan['dates'][number];
type Placed = ArticleScan['places'][number];
type City = { name: string; code: string };
const dayKey = (d: { month?: number; day?: number } | undefined) => (d?.day !== undefined && d.month !== undefined ? `${d.month}/${d.day}` : null);

/** The dateline's city and the day it dates: the one segment.ts took off the body, else one the body opens with. */
function dateline(body: string, dates: readonly Dated[], taken: Dateline | null): { city: { name: string; code: string }; day: string | null } | undefined {
  if (taken?.place) {
    const city = CITY_BY_FOLDED.get(fold(taken.place));
    return city ? { city, day: dayKey(taken.date ?? undefined) } : undefined;
  }
  const m = body.match(DATELINE_CITY);
  const city = m ? CITY_BY_FOLDED.get(fold(m[1]!.trim())) : undefined;
  if (!city) return undefined;
  const first = dates.find((d) => d.field === 'BODY' && d.start < (m!.index ?? 0) + m![0].length + 2);
  return { city, day: dayKey(first?.from) };
}

/** The first place the lead (the body's first line) writes after "tại"/"ở": a known building's city, or a city. */
function leadPlace(body: string, places: readonly Placed[]): City | undefined {
  const end = body.indexOf('\n') < 0 ? body.length : body.indexOf('\n');
  const lead = body.slice(0, end);
  const venues = CAPITAL_VENUES.flatMap((v) => {
    const m = lead.match(v.words);
    return m ? [{ at: m.index!, city: { name: v.city, code: v.countryCode } }] : [];
  });
  const cities = mapPacked(
    places.filter((p) => p.field === 'BODY' && p.end <= end && p.city !== null && PLACE_BEFORE.test(body.slice(Math.max(0, p.start - 25), p.start))),
    (p) => ({ at: p.start, city: { name: p.city!, code: p.code } }),
  );
  return [...venues, ...cities].sort((a, b) => a.at - b.at)[0]?.city;
}

/** The headline's meeting, or a talk held in person written in the lead's line. */
function ofTheLead(mt: ArticleMeeting): boolean {
  if (mt.where.field === 'TITLE') return true;
  const head = mt.mention.informal ? mt.mention.name.match(TALK_NAME)?.[1] : undefined;
  return mt.sentence.paragraph === 0 && head !== undefined && IN_PERSON_TALK_HEADS.includes(head);
}

export function settlePlaces(meetings: ArticleMeeting[], fieldText: (field: 'TITLE' | 'BODY') => string, dates: readonly Dated[], hasBody: boolean, taken: Dateline | null = null, places: readonly Placed[] = []): void {
  const firstInSentence = new Map<ArticleMeeting['sentence'], number>();
  for (const mt of meetings) firstInSentence.set(mt.sentence, Math.min(firstInSentence.get(mt.sentence) ?? Infinity, mt.where.start));
  for (const mt of meetings) {
    if (mt.city) continue;
    // The building decides over a country named elsewhere in the sentence (a trip just ended, a
    // partner), not over the country of a conference placed abroad after the meeting held there
    // ("Chính phủ họp … ngay sau khi … tham dự Hội nghị COP26, thăm làm việc tại Vương quốc Anh").
    const venue = CAPITAL_VENUES.find((v) => v.words.test(mt.sentence.text));
    const abroad = mt.mention.series !== null && mt.countryCode !== null && mt.countryCode !== venue?.countryCode
      && firstInSentence.get(mt.sentence)! < mt.where.start;
    if (venue && !abroad) [mt.city, mt.countryCode] = [venue.city, venue.countryCode];
  }
  const lead = hasBody ? leadPlace(fieldText('BODY'), places) : undefined;
  for (const mt of meetings) {
    if (lead && !mt.city && (mt.countryCode === null || mt.countryCode === lead.code) && ofTheLead(mt)) [mt.city, mt.countryCode] = [lead.name, lead.code];
  }
  const line = hasBody ? dateline(fieldText('BODY'), dates, taken) : undefined;
  const byDay = new Map<string, ArticleMeeting>();
  for (const mt of meetings) {
    const day = dayKey(mt.date?.from);
    if (day && mt.city && !byDay.has(day)) byDay.set(day, mt);
  }
  for (const mt of meetings) {
    const day = dayKey(mt.date?.from);
    if (mt.city || !day) continue;
    // Not into another country the meeting's own sentence places it in.
    const fits = (code: string | null) => mt.countryCode === null || mt.countryCode === code;
    if (line && line.day === day) {
      if (fits(line.city.code)) [mt.city, mt.countryCode] = [line.city.name, line.city.code];
    } else if (byDay.has(day) && fits(byDay.get(day)!.countryCode)) [mt.city, mt.countryCode] = [byDay.get(day)!.city, byDay.get(day)!.countryCode];
  }
}

/** A talk or reception, or a meeting the article places, is in person when nothing in the article is held at a distance. */
export function settleFormats(meetings: ArticleMeeting[], articleText: string): void {
  const distance = AT_A_DISTANCE.test(articleText);
  for (const mt of meetings) {
    if (mt.format) continue;
    const head = mt.mention.informal ? mt.mention.name.match(TALK_NAME)?.[1] : undefined;
    const talk = head !== undefined && IN_PERSON_TALK_HEADS.includes(head);
    if (AT_A_DISTANCE.test(mt.sentence.text)) continue;
    if (talk || (!distance && (mt.city !== null || mt.countryCode !== null))) mt.format = 'IN_PERSON';
  }
}
