// One document through the extractor, with the lookups the rule tests ask of its graph: a meeting by
// a part of its name, a statement by its speaker, persons' names, a meeting's chairs. A lookup that
// finds nothing fails with what there was instead.
import { expect } from 'vitest';
import { extractDocument } from '../../src/ingest/pipeline.ts';

export function graphOf(text: string) {
  const g = extractDocument(text).graph;
  /** The index of the first meeting whose name contains `part`. */
  const meeting = (part: string) => {
    const k = g.meetings.findIndex((m) => m.name.includes(part));
    expect(k, `no meeting named with "${part}" in ${g.meetings.map((m) => m.name).join(' | ')}`).toBeGreaterThanOrEqual(0);
    return k;
  };
  /** That meeting itself. */
  const meetingNamed = (part: string) => g.meetings[meeting(part)]!;
  const names = (ps: number[]) => ps.map((p) => g.persons[p]!.name);
  const chairs = (part: string) => names(meetingNamed(part).chairs);
  /** The first statement whose speaker label contains `speaker` (undefined when none). */
  const statementBy = (speaker: string) => g.statements.find((s) => s.speakerLabel.includes(speaker))!;
  /** The first statement by `speaker` (with `verb`, when given); none fails the test. */
  const said = (speaker: string, verb?: string) => {
    const s = g.statements.find((x) => x.speakerLabel.includes(speaker) && (verb === undefined || x.verb === verb));
    expect(s, `no statement by "${speaker}" in ${g.statements.map((x) => `${x.speakerLabel} ${x.verb}`).join(' | ')}`).toBeDefined();
    return s!;
  };
  return { g, meeting, meetingNamed, names, chairs, statementBy, said };
}
