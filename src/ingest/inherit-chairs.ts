// A session of a conference (its plenary, opening, closing, general debate) is chaired by the
// conference's chair when its own text names no person. Other meetings held within it are not: a
// side meeting has its own parties, a partner meeting its co-chairs, a forum on the sidelines its
// hosts. Parents first, so a session of a session inherits through it.
import type { DocMeeting } from './document-graph.ts';
import { isSessionName } from './head-references.ts';
import { eachChildAfterParent } from './parents-first.ts';

const hasPerson = (m: DocMeeting) => m.chairPerson !== null || m.chairs.length > 0;
const hasChair = (m: DocMeeting) => hasPerson(m) || m.chairCountry !== null || m.chairLabel !== null;
const inherits = (m: DocMeeting) => !hasPerson(m) && isSessionName(m.name);

export function inheritChairs(meetings: DocMeeting[]): void {
  eachChildAfterParent(meetings, (m, p) => {
    if (!inherits(m) || !hasChair(p)) return;
    // A country the child already has (the organisation's chair that year) stays; the persons come from the parent.
    if (m.chairCountry === null && m.chairLabel === null) [m.chairLabel, m.chairCountry] = [p.chairLabel, p.chairCountry];
    [m.chairPerson, m.chairs] = [p.chairPerson, [...p.chairs]];
    m.participants = [...new Set([...m.participants, ...p.chairs, ...(p.chairPerson !== null ? [p.chairPerson] : [])])];
  });
}
