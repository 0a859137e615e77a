// A session of a conference ("phiên toàn thể", "lễ bế mạc") is held within it: its parent is the
// conference head-references.ts found it under, unless the text framed it otherwise.
import type { ArticleMeeting } from './article-extraction.ts';
import type { SessionLink } from './head-references.ts';

export function linkSessions(meetings: ArticleMeeting[], sessions: readonly SessionLink[]): void {
  if (sessions.length === 0) return;
  const indexOf = new Map(meetings.map((mt, k) => [mt.mention, k]));
  for (const { child, parent } of sessions) {
    const c = indexOf.get(child);
    const p = indexOf.get(parent);
    if (c !== undefined && p !== undefined && meetings[c]!.parent === null) meetings[c]!.parent = p;
  }
}
