// The chair a meeting's series gives it when the text names none: the ASEAN chair of the meeting's
// year for the Association's own meetings (the summit, the AMM and its related meetings, the EAS),
// else the host country for series whose host holds the presidency (APEC, G20, COP, a special
// summit held in the partner's capital). Meetings with a partner other than the host are left
// alone: the partner co-chairs them.
import { ASEAN_CHAIR_BY_YEAR } from '../lexicon/asean-chairs.ts';
import { MEETING_SERIES } from '../lexicon/meeting-series.ts';
import type { DocMeeting } from './document-graph.ts';

const CHAIRED_BY = new Map(MEETING_SERIES.flatMap((s) => (s.chairedBy ? [[s.key, s.chairedBy] as const] : [])));

const hasChair = (m: DocMeeting) => m.chairPerson !== null || m.chairs.length > 0 || m.chairCountry !== null || m.chairLabel !== null;

export function seriesChairs(meetings: DocMeeting[]): void {
  for (const m of meetings) {
    const by = m.series ? CHAIRED_BY.get(m.series) : undefined;
    if (!by || hasChair(m)) continue;
    const year = m.start?.year;
    const asean = by === 'ASEAN' && year !== undefined ? ASEAN_CHAIR_BY_YEAR.get(year) : undefined;
    m.chairCountry = asean ?? m.countryCode;
  }
}
