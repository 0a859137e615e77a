// Checks that two servers answered with the same rows: every node id in a response, as "Type:n".
// Diplograph's are global IDs (base64 "Meeting:12"); PostGraphile's are rowId fields, typed by the
// field that holds them (allMeetings, personByPersonId, statementsBySpeakerPersonId, …), or by the
// `__typename` selected next to them (the shape queries, bench/shapes/postgraphile/, do).
const TYPE_OF_FIELD: [RegExp, string][] = [
  [/^(allMeetings|meetingByMeetingId|meetingByRowId)$/, 'Meeting'],
  [/^(personByPersonId|personByRowId)$/, 'Person'],
  [/^statements/, 'Statement'],
];

function typeOfField(key: string): string | null {
  return TYPE_OF_FIELD.find(([re]) => re.test(key))?.[1] ?? null;
}

/** Sorted "Type:n" of every node in a Diplograph response. */
export function diplographIds(json: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'id' && typeof x === 'string') out.push(Buffer.from(x, 'base64').toString('utf8'));
        else walk(x);
      }
    }
  };
  walk(json);
  return out.sort();
}

/** Sorted "Type:n" of every node in a PostGraphile response. */
export function postgraphileIds(json: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, type: string | null) => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, type));
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'rowId' && typeof x === 'number') {
          const typename = (v as { __typename?: unknown }).__typename;
          const named = typeof typename === 'string' ? typename : type;
          if (named) out.push(`${named}:${x}`);
        }
        else walk(x, typeOfField(k) ?? (k === 'nodes' ? type : typeOfField(k)));
      }
    }
  };
  walk(json, null);
  return out.sort();
}

export interface RowCheck {
  same: boolean;
  ours: number;
  theirs: number;
  /** A few ids only one side returned, to debug a mismatch. */
  onlyOurs: string[];
  onlyTheirs: string[];
}

export function compareIds(ours: string[], theirs: string[]): RowCheck {
  const a = new Set(ours);
  const b = new Set(theirs);
  const onlyOurs = ours.filter((x) => !b.has(x));
  const onlyTheirs = theirs.filter((x) => !a.has(x));
  const same = onlyOurs.length === 0 && onlyTheirs.length === 0 && ours.length === theirs.length;
  return { same, ours: ours.length, theirs: theirs.length, onlyOurs: onlyOurs.slice(0, 5), onlyTheirs: onlyTheirs.slice(0, 5) };
}

/** Every totalCount in a response, as "totalCount:n", sorted: compared as rows are, both sides ask the same ones. */
export function totalCounts(json: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'totalCount' && typeof x === 'number') out.push(`totalCount:${x}`);
        else walk(x);
      }
    }
  };
  walk(json);
  return out.sort();
}
