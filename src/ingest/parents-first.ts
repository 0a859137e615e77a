// Walks a document's meetings so that each meets its parent after the parent has met its own: a
// session of a session inherits through it. Depth is bounded, so a parent cycle (never expected)
// cannot loop.
import type { DocMeeting } from './document-graph.ts';

const MAX_DEPTH = 8;

export function eachChildAfterParent(meetings: DocMeeting[], visit: (child: DocMeeting, parent: DocMeeting) => void): void {
  const done = new Set<number>();
  const settle = (k: number, depth: number): void => {
    const m = meetings[k]!;
    if (done.has(k) || depth > MAX_DEPTH) return;
    done.add(k);
    if (m.parent === null) return;
    settle(m.parent, depth + 1);
    visit(m, meetings[m.parent]!);
  };
  meetings.forEach((_, k) => settle(k, 0));
}
