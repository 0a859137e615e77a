// The natural keys a write looks entities up by, locked before it reads what is stored (see
// db/advisory-locks.ts): writers that could create the same entity queue instead of duplicating it.
import type { LockKey } from '../../../db/advisory-locks.ts';
import { fold } from '../../../text/fold.ts';
import type { DocumentGraph } from '../../resolve.ts';
import { personForms } from './persons.ts';

/**
 * Every name form of each person, every folded name and acronym of each organisation, each meeting
 * key. A yearless meeting scans its whole series, so it takes the series exclusively while keyed
 * meetings of that series share it.
 */
export function naturalLockKeys(graph: DocumentGraph): LockKey[] {
  const keys: LockKey[] = [];
  for (const p of graph.persons) for (const f of personForms(p.name, p.aliases)) keys.push({ key: `person:${f}` });
  for (const o of graph.organisations) {
    for (const n of [o.name, ...o.aliases]) keys.push({ key: `organisation:${fold(n)}` });
    if (o.acronym) keys.push({ key: `organisation-acronym:${o.acronym}` });
  }
  for (const m of graph.meetings) {
    if (m.key) keys.push({ key: `meeting:${m.key}` });
    if (m.seriesPrefix) keys.push({ key: `meeting-series:${m.seriesPrefix}`, shared: m.key !== null });
  }
  return keys;
}
