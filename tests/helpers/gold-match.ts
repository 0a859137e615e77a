// The matching rules of tests/fixtures/gold/README.md: when an extracted item is a gold item, and the
// best-match-first pairing. Pure functions over plain records.
import type { ExtractedMeeting, ExtractedStatement, GoldFile, GoldMeeting, GoldPerson } from './gold-types.ts';

const HONORIFICS = ['samdech akka moha sena padei techo', 'samdech techo', 'samdech', 'tan sri', 'dato sri', 'datuk seri', 'dato', 'datuk', 'ba', 'ong', 'ngai', 'dr', 'mr', 'mrs', 'ms', 'sir', 'h.e.'];

export function foldName(s: string): string {
  return s.normalize('NFC').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function foldPerson(s: string): string {
  let f = foldName(s).replace(/['’]/g, '');
  for (const h of HONORIFICS) if (f.startsWith(`${h} `)) f = f.slice(h.length + 1);
  return f;
}

export function words(s: string): string[] {
  return foldName(s).replace(/([a-z])(\d)/g, '$1 $2').split(/[^a-z0-9+]+/).filter(Boolean);
}

/** Whether the needle's folded words occur, in a row, among the haystack's. */
export function containsWords(haystack: string, needle: string): boolean {
  const n = words(needle).join(' ');
  return n !== '' && ` ${words(haystack).join(' ')} `.includes(` ${n} `);
}

export function personMatches(extracted: string[], gold: string[]): boolean {
  const e = extracted.map(foldPerson);
  const g = gold.map(foldPerson);
  if (e.some((x) => g.includes(x))) return true;
  const set = (x: string) => [...new Set(x.split(/[\s-]+/))].sort().join(' ');
  return e.some((x) => g.some((y) => set(x) === set(y)));
}

/** A gold person's names (name and aliases), found by any of its names; the bare name when unlisted. */
export function goldPersonForms(name: string, persons: GoldPerson[], extra: string[] = []): string[] {
  const p = persons.find((x) => personMatches([x.name, ...x.aliases], [name]));
  return p ? [p.name, ...p.aliases, ...extra] : [name, ...extra];
}

export function organisationMatches(extracted: string[], gold: string[]): boolean {
  const g = new Set(gold.filter(Boolean).map(foldName));
  return extracted.filter(Boolean).some((x) => g.has(foldName(x)));
}

const MEETING_STOP = new Set(['hoi', 'nghi', 'lan', 'thu', 'cuoc', 'hop', 'phien', 'truc', 'tuyen', 'tiep', 'va', 'cac', 'cua', 'voi', 'giua', 'tai', 've', 'nam', 'thang', 'ngay', 'lien', 'quan', 'the']);

export function distinctiveWords(name: string): Set<string> {
  return new Set(words(name).filter((w) => !MEETING_STOP.has(w) && !/\d/.test(w)));
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter += 1;
  return inter / (a.size + b.size - inter);
}

/** Field values a reader knows only from outside the text: never scored. */
export function fromKnowledge(g: GoldMeeting, field: string): boolean {
  return !!g.fromKnowledge && (g.fromKnowledgeFields ?? [field]).includes(field);
}

/** The ordinal is equal where the gold has one; the year agrees where both sides have one. */
function numberingAgrees(e: ExtractedMeeting, g: GoldMeeting): boolean {
  if (g.ordinal !== null && g.ordinal !== undefined && e.ordinal !== g.ordinal) return false;
  const gy = g.start ? Number(g.start.slice(0, 4)) : null;
  const ey = e.start ? Number(e.start.slice(0, 4)) : null;
  return gy === null || ey === null || gy === ey;
}

/**
 * The persons a gold meeting names, each by its names: its participants, and the gold persons whose
 * name (two words or more, so a given name alone never counts) appears in its name or mention texts.
 */
export function namedPersons(g: GoldMeeting, persons: GoldPerson[]): string[][] {
  const texts = [g.name, ...(g.mentions ?? []).map((m) => m.text)];
  const named = (g.participants ?? []).map((n) => goldPersonForms(n, persons));
  for (const p of persons) {
    const forms = [p.name, ...p.aliases];
    if (named.some((f) => personMatches(f, forms))) continue;
    if (forms.some((f) => words(foldPerson(f)).length >= 2 && texts.some((t) => containsWords(t, foldPerson(f))))) named.push(forms);
  }
  return named;
}

/** An event without an ordinal, on the gold meeting's day, with two of the persons it names. */
function sameDayEvent(e: ExtractedMeeting, g: GoldMeeting, named: string[][]): boolean {
  if (g.ordinal !== null && g.ordinal !== undefined) return false;
  if (!g.start || g.start.length !== 10 || e.start !== g.start) return false;
  const names = [e.name, ...e.aliases];
  const present = named.filter((forms) =>
    (e.participants ?? []).some((p) => personMatches(p, forms)) ||
    forms.some((f) => words(foldPerson(f)).length >= 2 && names.some((n) => containsWords(n, foldPerson(f)))));
  return present.length >= 2;
}

/**
 * How well an extracted meeting matches a gold one (0: not at all). Name matches score their word
 * overlap (0.5-1); a same-day event matched by its persons scores 0.5-0.75, so a name match wins.
 */
export function meetingScore(e: ExtractedMeeting, g: GoldMeeting, named: string[][] = []): number {
  if (!numberingAgrees(e, g)) return 0;
  const goldNames = [g.name, ...(g.mentions ?? []).map((m) => m.text)];
  let best = 0;
  for (const en of [e.name, ...e.aliases]) for (const gn of goldNames) best = Math.max(best, jaccard(distinctiveWords(en), distinctiveWords(gn)));
  const floor = g.ordinal !== null && g.ordinal !== undefined ? 0.5 : 0.75;
  if (best >= floor) return best;
  return sameDayEvent(e, g, named) ? 0.5 + best / 4 : 0;
}

/**
 * Whether an extracted meeting is the gold meeting a relation names: by the meeting rule, by equal
 * key, or by folded acronym. The acronym must also agree on ordinal and year: the seeds have three
 * "PMC" and three "AMM Retreat" meetings, and an acronym alone would take any of them for another.
 */
export function refersTo(e: ExtractedMeeting, g: GoldMeeting, named: string[][]): boolean {
  if (meetingScore(e, g, named) > 0) return true;
  if (g.key !== undefined && e.key === g.key) return true;
  return !!g.acronym && !!e.acronym && foldName(g.acronym) === foldName(e.acronym) && numberingAgrees(e, g);
}

function contentCovered(extracted: string, gold: string): boolean {
  const e = new Set(words(extracted));
  const g = words(gold);
  if (g.length === 0) return false;
  return g.filter((w) => e.has(w)).length >= g.length / 2;
}

export function statementMatches(e: ExtractedStatement, g: GoldFile['statements'][number], gold: GoldFile): boolean {
  if (foldName(e.verb) !== foldName(g.verb)) return false;
  if (!contentCovered(e.content, g.content)) return false;
  const label = foldName(e.speakerLabel);
  const speaker = foldName(g.speaker);
  if (g.speakerType === 'person') {
    return e.personNames.length > 0 && personMatches(e.personNames, goldPersonForms(g.speaker, gold.persons, g.speakerAliases));
  }
  if (g.speakerType === 'organisation') {
    const go = gold.organisations.find((o) => organisationMatches([o.name, o.acronym ?? '', ...o.aliases], [g.speaker]));
    const forms = go ? [go.name, go.acronym ?? '', ...go.aliases] : [g.speaker];
    return organisationMatches(e.organisationNames, forms) || label === speaker || label.includes(speaker) || speaker.includes(label);
  }
  return label.includes(speaker) || speaker.includes(label);
}

/** Best match first; each gold item pairs with at most one extracted item. */
export function pair<E, G>(ex: E[], gold: G[], score: (e: E, g: G, gi: number) => number) {
  const cands: { e: number; g: number; s: number }[] = [];
  ex.forEach((e, i) => gold.forEach((g, j) => {
    const s = score(e, g, j);
    if (s > 0) cands.push({ e: i, g: j, s });
  }));
  cands.sort((a, b) => b.s - a.s);
  const ge = new Map<number, number>();
  const usedE = new Set<number>();
  for (const c of cands) {
    if (ge.has(c.g) || usedE.has(c.e)) continue;
    ge.set(c.g, c.e);
    usedE.add(c.e);
  }
  const anyMatch = new Set(cands.map((c) => c.e));
  return { goldToExtracted: ge, anyMatch };
}
