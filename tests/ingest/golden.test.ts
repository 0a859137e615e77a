// Golden-file tests, one folder per stage: tests/fixtures/ingest/<stage>/<case>.txt beside
// <case>.expected.json. A change in extraction shows up as a readable diff. Regenerate with
// UPDATE_SNAPSHOTS=1 (never in CI).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates, formatPartial } from '../../src/ingest/dates.ts';
import { findOrganisations, learnAcronyms } from '../../src/ingest/organisations.ts';
import { extractDocument } from '../../src/ingest/pipeline.ts';
import { findPersons } from '../../src/ingest/persons.ts';
import { segmentDocument } from '../../src/ingest/segment.ts';

const ROOT = 'tests/fixtures/ingest';
const lines = (text: string) => text.split('\n').filter((l) => l.trim());

const teaserGraph = (text: string) => extractDocument(text).graph;

const STAGES: Record<string, (text: string) => unknown> = {
  segment: (text) => segmentDocument(text),
  dates: (text) => lines(text).map((l) => findDates(l).map((d) => ({ text: d.text, from: formatPartial(d.from), to: d.to ? formatPartial(d.to) : null }))),
  persons: (text) =>
    lines(text).map((l) => findPersons(l).map((p) => (p.nominal ? { nominal: p.role } : { name: p.name, role: p.role, honorific: p.honorific, country: p.countryCode, ...(p.alias ? { alias: p.alias } : {}) }))),
  organisations: (text) => {
    const learned = learnAcronyms(text);
    const scan = findOrganisations(text, learned);
    return {
      learned,
      organisations: scan.organisations.map((o) => ({ text: o.text, name: o.name, acronym: o.acronym, country: o.countryCode })),
      countries: scan.countries.map((c) => `${c.text}=${c.code}`),
    };
  },
  meetings: (text) => {
    const g = teaserGraph(text);
    return g.meetings.map((m) => ({
      name: m.name, series: m.series, ordinal: m.ordinal, key: m.key, start: m.start ? formatPartial(m.start) : null, end: m.end ? formatPartial(m.end) : null,
      format: m.format, city: m.city, country: m.countryCode, chair: m.chairLabel, parent: m.parent !== null ? g.meetings[m.parent]!.name : null,
      participants: m.participants.map((p) => g.persons[p]!.name),
    }));
  },
  resolve: (text) => {
    const g = teaserGraph(text);
    return g.persons.map((p) => ({ name: p.name, aliases: p.aliases, country: p.countryCode, roles: p.roles.map((r) => r.title) }));
  },
  statements: (text) => {
    const g = teaserGraph(text);
    return {
      persons: g.persons.map((p) => [p.name, ...p.aliases].join(' | ')),
      statements: g.statements.map((s) => ({
        kind: s.speakerKind, label: s.speakerLabel, person: s.person !== null ? g.persons[s.person]!.name : null,
        verb: s.verb, act: s.act, direct: s.direct, content: s.content,
      })),
    };
  },
};

for (const [stage, run] of Object.entries(STAGES)) {
  const dir = path.join(ROOT, stage);
  const cases = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
  describe(`golden: ${stage}`, () => {
    for (const file of cases) {
      it(file.replace(/\.txt$/, ''), () => {
        const actual = run(readFileSync(path.join(dir, file), 'utf8'));
        const expectedPath = path.join(dir, file.replace(/\.txt$/, '.expected.json'));
        if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(expectedPath)) {
          if (process.env.CI) throw new Error(`missing or stale golden file ${expectedPath}`);
          writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
        }
        expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
      });
    }
  });
}
