// Scores the relations of tests/fixtures/gold/README.md on matched pairs only: of the facts found,
// how many are wired right. Boilerplate gold items are left out, as they are from recall. A relation
// the extractor does not give (no field, no value) counts as wrong, never as skipped.
import { COUNTRIES } from '../../src/lexicon/countries.ts';
import { containsWords, foldName, foldPerson, fromKnowledge, goldPersonForms, pair, personMatches, refersTo, words } from './gold-match.ts';
import type { Extracted, ExtractedArticle, ExtractedChair, ExtractedMeeting, GoldArticle, GoldFile, GoldMeeting } from './gold-types.ts';

export interface RelationRow {
  relation: Relation;
  counted: number;
  right: number;
  /** right / counted; null when the gold has nothing to count. */
  share: number | null;
  /** statement → meeting only: matched statements the gold ties to no meeting, and how many got one. */
  noneCounted?: number;
  wrongLinks?: number;
}

/** The relations, in the order the tables print them. */
export const RELATIONS = [
  'statement → meeting', 'meeting parent', 'meeting city', 'meeting format', 'meeting chairs', 'meeting participants',
  'statement saidOn', 'article title', 'article publishedAt',
] as const;
export type Relation = (typeof RELATIONS)[number];

export interface RelationScore { rows: RelationRow[]; misses: Record<string, string[]> }

/** What the entity pairing found, by index: gold → extracted. */
export interface Pairs { meetings: Map<number, number>; statements: Map<number, number> }

interface Tally { relation: Relation; counted: number; right: number; misses: string[]; noneCounted?: number; wrongLinks?: number }

function tally(relation: Relation): Tally {
  return { relation, counted: 0, right: 0, misses: [] };
}

function check(t: Tally, ok: boolean, miss: () => string): void {
  t.counted += 1;
  if (ok) t.right += 1;
  else t.misses.push(miss());
}

const FORMATS: Record<string, string> = { virtual: 'VIRTUAL', 'in-person': 'IN_PERSON', hybrid: 'HYBRID' };
const COUNTRY_NAMES = new Set(COUNTRIES.flatMap((c) => [c.name, c.nameEn, ...c.aliases, ...(c.contextual ?? [])]).map(foldName));

const label = (m: GoldMeeting) => m.key ?? m.name;
const got = (m: ExtractedMeeting | null | undefined) => (m ? `${m.name} [${m.start ?? ''}]` : 'none');
const firstPart = (s: string) => s.replace(/\([^)]*\)/g, ' ').split(',')[0]!.trim();

/** The gold city's forms, or null when not scored: no city, known from outside, or a country alone. */
export function goldCityForms(g: GoldMeeting): string[] | null {
  if ('city' in g) {
    if (!g.city || fromKnowledge(g, 'city')) return null;
    return [g.city, ...(g.cityAliases ?? [])].map(firstPart).filter(Boolean);
  }
  if (!g.location || fromKnowledge(g, 'location') || COUNTRY_NAMES.has(foldName(g.location))) return null;
  return [firstPart(g.location)].filter(Boolean);
}

export function cityMatches(extracted: string | null | undefined, forms: string[]): boolean {
  return !!extracted && forms.some((c) => containsWords(extracted, c) || containsWords(c, extracted));
}

/** The gold chairs: notes in parentheses dropped, co-chairs split at "; " or " và ". */
export function goldChairs(chair: string): string[] {
  return chair.replace(/\([^)]*\)/g, ' ').split(/;\s*|\s+và\s+/).map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Whether one extracted chair names a gold chair (the gold text may carry a title or "đồng chủ trì"). */
export function chairNames(c: ExtractedChair, gold: string): boolean {
  if (c.kind === 'person') {
    const goldWords = new Set(words(gold));
    return c.names.some((n) => {
      const w = words(foldPerson(n));
      return w.length >= 2 && w.every((x) => goldWords.has(x));
    });
  }
  if (c.kind !== 'label') return c.names.some((n) => containsWords(gold, n));
  // A label inside the gold chair must carry half its words: "Brunei" names "Brunei Darussalam",
  // a bare title ("Đại sứ") does not name "Đại sứ Nguyễn Quốc Dũng".
  return c.names.some((n) => containsWords(n, gold) || (containsWords(gold, n) && words(n).length * 2 >= words(gold).length));
}

interface Context { gold: GoldFile; ex: Extracted; named: string[][][]; ref: (key: string) => number }

function meetingOf(ctx: Context, index: number | null | undefined): ExtractedMeeting | null {
  return index === null || index === undefined ? null : (ctx.ex.meetings[index] ?? null);
}

function scoreStatements(ctx: Context, pairs: Pairs): Tally[] {
  const link = tally('statement → meeting');
  link.noneCounted = 0;
  link.wrongLinks = 0;
  const saidOn = tally('statement saidOn');
  for (const [gi, ei] of pairs.statements) {
    const g = ctx.gold.statements[gi]!;
    if (g.boilerplate) continue;
    const e = ctx.ex.statements[ei]!;
    const em = meetingOf(ctx, e.meeting);
    const what = `${g.speaker} ${g.verb}: ${g.content.slice(0, 40)}`;
    if (!g.meeting) {
      link.noneCounted += 1;
      if (em) {
        link.wrongLinks += 1;
        link.misses.push(`${what} → gold none, got ${got(em)}`);
      }
      continue;
    }
    const mi = ctx.ref(g.meeting);
    const gm = ctx.gold.meetings[mi]!;
    check(link, !!em && refersTo(em, gm, ctx.named[mi]!), () => `${what} → gold ${label(gm)}, got ${got(em)}`);
    if (!gm.start || gm.start.length !== 10 || fromKnowledge(gm, 'start')) continue;
    const end = gm.end && gm.end.length === 10 && !fromKnowledge(gm, 'end') ? gm.end : gm.start;
    const day = e.saidOn ?? null;
    check(saidOn, day !== null && day >= gm.start && day <= end, () => `${what} → gold ${gm.start}${end !== gm.start ? `..${end}` : ''}, got ${day}`);
  }
  return [link, saidOn];
}

function scoreMeetings(ctx: Context, pairs: Pairs): Tally[] {
  const [parent, city, format, chairs, participants] = (['meeting parent', 'meeting city', 'meeting format', 'meeting chairs', 'meeting participants'] as const).map(tally) as [Tally, Tally, Tally, Tally, Tally];
  for (const [gi, ei] of pairs.meetings) {
    const g = ctx.gold.meetings[gi]!;
    if (g.boilerplate) continue;
    const e = ctx.ex.meetings[ei]!;
    if (g.partOf && !fromKnowledge(g, 'partOf')) {
      const pi = ctx.ref(g.partOf);
      const ep = meetingOf(ctx, e.parent);
      check(parent, !!ep && refersTo(ep, ctx.gold.meetings[pi]!, ctx.named[pi]!), () => `${label(g)}: gold ${g.partOf}, got ${got(ep)}`);
    }
    const cityForms = goldCityForms(g);
    if (cityForms) check(city, cityMatches(e.city, cityForms), () => `${label(g)}: gold ${cityForms.join(' / ')}, got ${e.city ?? 'none'}`);
    if (g.format && g.format !== 'unknown' && !fromKnowledge(g, 'format')) {
      check(format, e.format === FORMATS[g.format], () => `${label(g)}: gold ${g.format}, got ${e.format ?? 'none'}`);
    }
    if (g.chair && !fromKnowledge(g, 'chair')) {
      const wanted = goldChairs(g.chair);
      const ok = (e.chairs ?? []).some((c) => wanted.some((w) => chairNames(c, w)));
      check(chairs, ok, () => `${label(g)}: gold ${wanted.join('; ')}, got ${(e.chairs ?? []).map((c) => c.names[0]).join('; ') || 'none'}`);
    }
    for (const name of g.participants ?? []) {
      const forms = goldPersonForms(name, ctx.gold.persons);
      check(participants, (e.participants ?? []).some((p) => personMatches(p, forms)), () => `${label(g)}: ${name}`);
    }
  }
  return [parent, city, format, chairs, participants];
}

/** Gold and extracted articles pair within one file by the overlap of their line ranges. */
function lineOverlap(e: ExtractedArticle, g: GoldArticle & { file: string }): number {
  if (e.file !== g.file) return 0;
  const inter = Math.min(e.lineEnd, g.lines[1]) - Math.max(e.lineStart, g.lines[0]) + 1;
  if (inter <= 0) return 0;
  return inter / (Math.max(e.lineEnd, g.lines[1]) - Math.min(e.lineStart, g.lines[0]) + 1);
}

function scoreArticles(ctx: Context): Tally[] {
  const title = tally('article title');
  const published = tally('article publishedAt');
  const gold = (ctx.gold.documents ?? []).flatMap((d) => d.articles.map((a) => ({ ...a, file: d.file })));
  const ex = ctx.ex.articles ?? [];
  for (const [gi, ei] of pair(ex, gold, lineOverlap).goldToExtracted) {
    const g = gold[gi]!;
    const e = ex[ei]!;
    if (g.boilerplate) continue;
    const where = `${g.file}:${g.lines[0]}`;
    if (g.title) check(title, !!e.title && foldName(e.title) === foldName(g.title), () => `${where}: gold ${g.title!.slice(0, 60)}, got ${e.title?.slice(0, 60) ?? 'none'}`);
    if (g.publishedAt) check(published, e.publishedAt === g.publishedAt, () => `${where}: gold ${g.publishedAt}, got ${e.publishedAt ?? 'none'}`);
  }
  return [title, published];
}

export function scoreRelations(gold: GoldFile, ex: Extracted, pairs: Pairs, named: string[][][]): RelationScore {
  const byRef = new Map<string, number>();
  gold.meetings.forEach((m, i) => byRef.set(m.name, i));
  gold.meetings.forEach((m, i) => m.key !== undefined && byRef.set(m.key, i));
  const ref = (key: string) => {
    const i = byRef.get(key);
    if (i === undefined) throw new Error(`gold names a meeting it does not hold: ${key}`);
    return i;
  };
  const ctx: Context = { gold, ex, named, ref };
  const tallies = [...scoreStatements(ctx, pairs), ...scoreMeetings(ctx, pairs), ...scoreArticles(ctx)]
    .sort((a, b) => RELATIONS.indexOf(a.relation) - RELATIONS.indexOf(b.relation));
  return {
    rows: tallies.map(({ misses: _, ...t }) => ({ ...t, share: t.counted ? t.right / t.counted : null })),
    misses: Object.fromEntries(tallies.map((t) => [t.relation, t.misses])),
  };
}
