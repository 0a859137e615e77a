// Scores extracted entities against the gold annotation with the rule of tests/fixtures/gold/README.md.
// Pure: the caller reads what was stored and passes plain records in.
export interface GoldFile {
  persons: { name: string; aliases: string[]; boilerplate?: boolean }[];
  organisations: { name: string; acronym: string | null; aliases: string[]; boilerplate?: boolean }[];
  meetings: {
    name: string; ordinal: number | null; start: string | null; boilerplate?: boolean; fromKnowledge?: boolean;
    fromKnowledgeFields?: string[]; mentions?: { text: string }[];
  }[];
  statements: { speaker: string; speakerType: string; verb: string; content: string; boilerplate?: boolean }[];
}

export interface ExtractedPerson { name: string; aliases: string[] }
export interface ExtractedOrganisation { name: string; acronym: string | null; aliases: string[] }
export interface ExtractedMeeting { name: string; aliases: string[]; ordinal: number | null; start: string | null }
export interface ExtractedStatement {
  speakerLabel: string;
  /** Names (with aliases) of the speaker person, when one is linked. */
  personNames: string[];
  /** Names, acronyms and aliases of the speaker organisation or country, when one is linked. */
  organisationNames: string[];
  verb: string;
  content: string;
}

export interface Extracted {
  persons: ExtractedPerson[];
  organisations: ExtractedOrganisation[];
  meetings: ExtractedMeeting[];
  statements: ExtractedStatement[];
}

export interface Row { kind: string; gold: number; goldScored: number; extracted: number; matchedGold: number; matchedExtracted: number; precision: number; recall: number }
export interface Score { rows: Row[]; dateAccuracy: number; dateCounted: number; dateCorrect: number; misses: Record<string, string[]>; spurious: Record<string, string[]> }

const HONORIFICS = ['samdech akka moha sena padei techo', 'samdech techo', 'samdech', 'tan sri', 'dato sri', 'datuk seri', 'dato', 'datuk', 'ba', 'ong', 'ngai', 'dr', 'mr', 'mrs', 'ms', 'sir', 'h.e.'];

export function foldName(s: string): string {
  return s.normalize('NFC').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function foldPerson(s: string): string {
  let f = foldName(s).replace(/['’]/g, '');
  for (const h of HONORIFICS) if (f.startsWith(`${h} `)) f = f.slice(h.length + 1);
  return f;
}

function words(s: string): string[] {
  return foldName(s).replace(/([a-z])(\d)/g, '$1 $2').split(/[^a-z0-9+]+/).filter(Boolean);
}

export function personMatches(extracted: string[], gold: string[]): boolean {
  const e = extracted.map(foldPerson);
  const g = gold.map(foldPerson);
  if (e.some((x) => g.includes(x))) return true;
  const set = (x: string) => [...new Set(x.split(/[\s-]+/))].sort().join(' ');
  return e.some((x) => g.some((y) => set(x) === set(y)));
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

export function meetingScore(e: ExtractedMeeting, g: GoldFile['meetings'][number]): number {
  if (g.ordinal !== null && g.ordinal !== undefined && e.ordinal !== g.ordinal) return 0;
  const gy = g.start ? Number(g.start.slice(0, 4)) : null;
  const ey = e.start ? Number(e.start.slice(0, 4)) : null;
  if (gy !== null && ey !== null && gy !== ey) return 0;
  const goldNames = [g.name, ...(g.mentions ?? []).map((m) => m.text)];
  let best = 0;
  for (const en of [e.name, ...e.aliases]) for (const gn of goldNames) best = Math.max(best, jaccard(distinctiveWords(en), distinctiveWords(gn)));
  const floor = g.ordinal !== null && g.ordinal !== undefined ? 0.5 : 0.75;
  return best >= floor ? best : 0;
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
    const gp = gold.persons.find((p) => personMatches([p.name, ...p.aliases], [g.speaker]));
    return e.personNames.length > 0 && personMatches(e.personNames, gp ? [gp.name, ...gp.aliases] : [g.speaker]);
  }
  if (g.speakerType === 'organisation') {
    const go = gold.organisations.find((o) => organisationMatches([o.name, o.acronym ?? '', ...o.aliases], [g.speaker]));
    const forms = go ? [go.name, go.acronym ?? '', ...go.aliases] : [g.speaker];
    return organisationMatches(e.organisationNames, forms) || label === speaker || label.includes(speaker) || speaker.includes(label);
  }
  return label.includes(speaker) || speaker.includes(label);
}

/** Best match first; each gold item pairs with at most one extracted item. */
function pair<E, G>(ex: E[], gold: G[], score: (e: E, g: G) => number) {
  const cands: { e: number; g: number; s: number }[] = [];
  ex.forEach((e, i) => gold.forEach((g, j) => {
    const s = score(e, g);
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

function row<E, G extends { boilerplate?: boolean }>(kind: string, ex: E[], gold: G[], score: (e: E, g: G) => number, label: (x: E | G) => string, misses: Score['misses'], spurious: Score['spurious']): { row: Row; pairs: Map<number, number> } {
  const { goldToExtracted, anyMatch } = pair(ex, gold, score);
  const scored = gold.map((g, i) => ({ g, i })).filter(({ g }) => !g.boilerplate);
  const found = scored.filter(({ i }) => goldToExtracted.has(i)).length;
  misses[kind] = scored.filter(({ i }) => !goldToExtracted.has(i)).map(({ g }) => label(g));
  spurious[kind] = ex.filter((_, i) => !anyMatch.has(i)).map(label);
  return {
    row: {
      kind, gold: gold.length, goldScored: scored.length, extracted: ex.length, matchedGold: found, matchedExtracted: anyMatch.size,
      precision: ex.length ? anyMatch.size / ex.length : 0, recall: scored.length ? found / scored.length : 0,
    },
    pairs: goldToExtracted,
  };
}

export function scoreAgainstGold(gold: GoldFile, ex: Extracted): Score {
  const misses: Score['misses'] = {};
  const spurious: Score['spurious'] = {};
  const persons = row('persons', ex.persons, gold.persons, (e, g) => (personMatches([e.name, ...e.aliases], [g.name, ...g.aliases]) ? 1 : 0), (x) => x.name, misses, spurious);
  const orgs = row('organisations', ex.organisations, gold.organisations, (e, g) => (organisationMatches([e.name, e.acronym ?? '', ...e.aliases], [g.name, g.acronym ?? '', ...g.aliases]) ? 1 : 0), (x) => x.name, misses, spurious);
  const meetings = row('meetings', ex.meetings, gold.meetings, meetingScore, (x) => `${x.name} [${(x as { start: string | null }).start ?? ''}]`, misses, spurious);
  const statements = row('statements', ex.statements, gold.statements, (e, g) => (statementMatches(e, g, gold) ? 1 : 0), (x) => ('speaker' in x ? `${x.speaker} ${x.verb}: ${x.content.slice(0, 50)}` : `${x.speakerLabel} ${x.verb}: ${x.content.slice(0, 50)}`), misses, spurious);
  let counted = 0;
  let correct = 0;
  const wrongDates: string[] = [];
  for (const [gi, ei] of meetings.pairs) {
    const g = gold.meetings[gi]!;
    if (!g.start || g.start.length !== 10 || g.boilerplate) continue;
    if (g.fromKnowledge && (g.fromKnowledgeFields ?? ['start']).includes('start')) continue;
    counted += 1;
    if (ex.meetings[ei]!.start === g.start) correct += 1;
    else wrongDates.push(`${g.name}: gold ${g.start}, got ${ex.meetings[ei]!.start}`);
  }
  misses['meeting dates'] = wrongDates;
  return { rows: [persons.row, orgs.row, meetings.row, statements.row], dateAccuracy: counted ? correct / counted : 1, dateCounted: counted, dateCorrect: correct, misses, spurious };
}

export function formatScore(score: Score): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [
    'kind           gold(scored)  extracted  found  precise  precision  recall',
    ...score.rows.map((r) => `${r.kind.padEnd(14)} ${`${r.gold}(${r.goldScored})`.padStart(12)}  ${String(r.extracted).padStart(9)}  ${String(r.matchedGold).padStart(5)}  ${String(r.matchedExtracted).padStart(7)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}`),
    `meeting start-date accuracy: ${pct(score.dateAccuracy)} (${score.dateCorrect}/${score.dateCounted})`,
  ];
  return lines.join('\n');
}
