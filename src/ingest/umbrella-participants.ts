// Who attends a session of a conference, or meets someone on its sidelines, attends the conference:
// the participants of each meeting held within another are participants of that one too. Read in
// one pass over the meetings, children before parents' parents, so a chain passes them all the way up.
import type { ArticleMeeting } from './article-extraction.ts';

/** How many umbrellas up a meeting's participants are carried: chains are short, and a bound keeps a cycle harmless. */
const MAX_DEPTH = 4;

export function carryParticipantsUp(meetings: ArticleMeeting[]): void {
  for (const mt of meetings) {
    let parent = mt.parent;
    for (let depth = 0; parent !== null && depth < MAX_DEPTH; depth++) {
      const up = meetings[parent];
      if (!up || up === mt) break;
      up.participants = [...new Set([...up.participants, ...mt.participants])];
      parent = up.parent;
    }
  }
}
