// Deterministic synthetic corpus in the style of the seeds: one full news page per document (headline,
// byline, a dated lead naming a meeting of a registered series and who attended, then statements with
// speech verbs, some quoted). Article i depends only on (seed, i), so the 1k corpus is the first 1,000
// articles of the 10k one. Persons and meeting series are drawn Zipf-like: a few are in many articles,
// most in few, so the person and meeting counts grow with the corpus as they do in real news. A meeting
// has a fixed delegation list (4-10 persons, drawn from its identity), and every article about it names
// some of them: more articles about a meeting repeat its delegates, as real coverage does, instead of
// adding new participants without bound (version 2 did, so Q1's answer grew 483 -> 1,362 ids from 1k to
// 10k and the growth table measured payload size, not index use).
import { yearFromNumbering } from '../../../src/ingest/resolve.ts';
import type { MeetingSeriesEntry } from '../../../src/lexicon/meeting-series.ts';
import { intBetween, pick, streamFor, zipfSampler, type Rng } from './prng.ts';
import * as V from './vocabulary.ts';

/** Bump when the output for a given seed changes: a cached database of another version is rebuilt. */
export const GENERATOR_VERSION = 3;
export const DEFAULT_SEED = 20240711;
const PERSON_POOL = 40_000;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2025;

export interface GeneratedArticle {
  index: number;
  source: string;
  text: string;
  publishedAt: Date;
  /** What the text was written from (for the generator's own tests; the pipeline sees only the text). */
  meetingKey: string;
  persons: string[];
}

interface Person {
  name: string;
  /** Title with the country as the press writes it ("Ngoại trưởng Indonesia"). */
  titled: string;
  title: string;
}

/** Persons the benchmark's queries name (Q2 searches "bui thanh son"); the most frequent ones. */
const FAMOUS: Person[] = [
  { name: 'Bùi Thanh Sơn', title: 'Bộ trưởng Ngoại giao', titled: 'Bộ trưởng Ngoại giao' },
  { name: 'Phạm Minh Chính', title: 'Thủ tướng', titled: 'Thủ tướng' },
  { name: 'Retno Marsudi', title: 'Ngoại trưởng', titled: 'Ngoại trưởng Indonesia' },
  { name: 'Sergey Lavrov', title: 'Ngoại trưởng', titled: 'Ngoại trưởng Nga' },
  { name: 'Vương Nghị', title: 'Bộ trưởng Ngoại giao', titled: 'Bộ trưởng Ngoại giao Trung Quốc' },
];

function hashInts(...xs: number[]): number {
  let h = 0x811c9dc5;
  for (const x of xs) h = Math.imul(h ^ x, 0x01000193) >>> 0;
  return h;
}
const hashString = (s: string) => hashInts(...[...s].map((c) => c.codePointAt(0)!));

export function personAt(k: number): Person {
  if (k < FAMOUS.length) return FAMOUS[k]!;
  const h = hashInts(k, 7);
  if (k % 10 < 7) {
    // Mixed radix over (family, given, middle): distinct k give distinct names, and frequent
    // (small) k already vary in every part.
    const F = V.FAMILY_NAMES.length;
    const G = V.GIVEN_NAMES.length;
    const name = `${V.FAMILY_NAMES[k % F]} ${V.MIDDLE_NAMES[Math.floor(k / (F * G)) % V.MIDDLE_NAMES.length]} ${V.GIVEN_NAMES[Math.floor(k / F) % G]}`;
    const title = V.VN_TITLES[h % V.VN_TITLES.length]!;
    return { name, title, titled: title };
  }
  const G = V.FOREIGN_GIVEN.length;
  const L = V.FOREIGN_FAMILY.length;
  const j = k - FAMOUS.length;
  const given = V.FOREIGN_GIVEN[j % G]!;
  const family = V.FOREIGN_FAMILY[Math.floor(j / G) % L]!;
  const second = Math.floor(j / (G * L));
  const name = second === 0 ? `${given} ${family}` : `${given} ${V.FOREIGN_GIVEN[second % G]} ${family}`;
  const title = V.FOREIGN_TITLES[h % V.FOREIGN_TITLES.length]!;
  const country = V.FOREIGN_COUNTRIES[(h >>> 8) % V.FOREIGN_COUNTRIES.length]!;
  return { name, title, titled: `${title} ${country.name}` };
}

function ordinalFor(series: MeetingSeriesEntry, year: number): number | null {
  for (let n = 1; n <= 400; n++) if (yearFromNumbering(series.numbering, n) === year) return n;
  return null;
}

interface MeetingPlan {
  name: string;
  acronym: string | null;
  year: number;
  month: number;
  day: number;
  city: string;
  /** The series/year key every article about this meeting shares. */
  identity: string;
}

function planMeeting(rng: Rng, year: number): MeetingPlan {
  const roll = rng();
  let name: string;
  let acronym: string | null = null;
  let identity: string;
  if (roll < 0.6) {
    const candidates = V.NUMBERED_SERIES.filter((s) => ordinalFor(s, year) !== null);
    const series = pick(rng, candidates);
    const n = ordinalFor(series, year)!;
    name = `${series.name} lần thứ ${n}`;
    if (series.acronyms?.length && !series.acronyms[0]!.includes(' ')) acronym = `${series.acronyms[0]}-${n}`;
    identity = `${series.key}-${n}`;
  } else if (roll < 0.8) {
    const series = pick(rng, V.YEARLY_SERIES);
    name = `${series.name} năm ${year}`;
    identity = `${series.key}-${year}`;
  } else {
    const series = pick(rng, V.PARTNER_SERIES);
    const partner = pick(rng, V.PARTNERS);
    name = series.name.replace('{p}', partner);
    identity = `${series.key}-${partner}-${year}`;
  }
  // Every article about one meeting agrees on its date and host city.
  const h = hashString(identity);
  const host = V.HOST_COUNTRIES[h % V.HOST_COUNTRIES.length]!;
  const cities = V.CITIES_BY_COUNTRY.get(host.code)!;
  return { name, acronym, year, month: 1 + ((h >>> 4) % 12), day: 1 + ((h >>> 9) % 28), city: cities[(h >>> 13) % cities.length]!, identity };
}

function clause(rng: Rng): string {
  return `${pick(rng, V.SUBJECTS)} ${pick(rng, V.ACTIONS)} ${pick(rng, V.SCOPES)}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function statement(rng: Rng, p: Person, first: boolean): string {
  const verb = pick(rng, V.VERBS);
  const speaker = first ? `${p.titled} ${p.name}` : rng() < 0.5 ? `${p.title} ${p.name}` : `${p.titled} ${p.name}`;
  if (rng() < 0.35) return `${speaker} ${verb}: “${capitalise(clause(rng))}”.`;
  return `${speaker} ${verb} ${clause(rng)}.`;
}

const zipfPerson = zipfSampler(PERSON_POOL, 1.0);
const MIN_DELEGATES = 4;
const MAX_DELEGATES = 10;

/** The meeting's delegation: the same persons for every article about it (Zipf-drawn, so famous ones recur). */
function delegation(identity: string): Person[] {
  const rng = streamFor(hashString(identity), 0);
  const size = intBetween(rng, MIN_DELEGATES, MAX_DELEGATES);
  const out: Person[] = [];
  const seen = new Set<string>();
  while (out.length < size) {
    const p = personAt(zipfPerson(rng));
    if (!seen.has(p.name)) seen.add(p.name) && out.push(p);
  }
  return out;
}

export function generateArticle(seed: number, index: number): GeneratedArticle {
  const rng = streamFor(seed, index);
  const year = intBetween(rng, FIRST_YEAR, LAST_YEAR);
  const m = planMeeting(rng, year);
  const delegates = delegation(m.identity);
  const people: Person[] = [];
  const seen = new Set<string>();
  const count = Math.min(intBetween(rng, 2, 5), delegates.length);
  while (people.length < count) {
    const p = pick(rng, delegates);
    if (!seen.has(p.name)) seen.add(p.name) && people.push(p);
  }
  const [lead, ...others] = people as [Person, ...Person[]];
  const format = pick(rng, V.FORMATS);
  const meetingText = m.acronym ? `${m.name} (${m.acronym})` : m.name;
  const lines: string[] = [];
  lines.push(`${lead.titled} ${lead.name} tham dự ${m.name}`);
  lines.push(`${pick(rng, V.MIDDLE_NAMES)} ${pick(rng, V.GIVEN_NAMES)}`);
  // The extractor links participants named before the meeting with a participation verb between.
  const attendees = people.map((p) => `${p.titled} ${p.name}`);
  const named = attendees.length > 1 ? `${attendees.slice(0, -1).join(', ')} và ${attendees.at(-1)}` : attendees[0]!;
  lines.push(`TGVN. ${pick(rng, V.DAY_PARTS)} ${m.day}/${m.month}/${m.year}, tại ${m.city}, ${named} đã tham dự ${meetingText}${format ? ` ${format}` : ''}.`);
  const topic = intBetween(rng, 0, V.TOPICS.length - 1);
  lines.push(`Các đại biểu đã trao đổi về ${V.TOPICS[topic]} và ${V.TOPICS[(topic + intBetween(rng, 1, V.TOPICS.length - 1)) % V.TOPICS.length]}.`);
  const speakers = [lead, ...others];
  const statements = intBetween(rng, 2, 6);
  for (let s = 0; s < statements; s++) lines.push(statement(rng, speakers[s % speakers.length]!, s < speakers.length));
  lines.push(`Kim ngạch thương mại song phương năm ${m.year - 1} đạt ${intBetween(rng, 1, 180)},${intBetween(rng, 0, 9)} tỷ USD.`);
  return {
    index,
    source: `bench-corpus/${seed}/${index}`,
    text: `${lines.join('\n')}\n`,
    publishedAt: new Date(Date.UTC(m.year, m.month - 1, m.day)),
    meetingKey: m.identity,
    persons: people.map((p) => p.name),
  };
}

export function* generateCorpus(seed: number, count: number, start = 0): Generator<GeneratedArticle> {
  for (let i = start; i < count; i++) yield generateArticle(seed, i);
}
