// `npx tsx scripts/meeting-gaps.ts [seeds|dev]`: per gold meeting, the extracted meeting it pairs
// with (or its best near miss), and every extracted meeting no gold meeting takes, with participants,
// so meeting-recall work can see at a glance why an event did not match.
import { openDatabase } from '../src/db/database.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { seedFromFolder } from '../src/ingest/seed.ts';
import { meetingScore, namedPersons, personMatches } from '../tests/helpers/gold-scorer.ts';
import { goldPersonForms, pair } from '../tests/helpers/gold-match.ts';
import { GOLD_CORPORA, loadGold } from '../tests/ingest/gold-score-corpora.ts';
import { readExtracted } from '../tests/helpers/read-extracted.ts';

const corpus = GOLD_CORPORA.find((c) => c.name === (process.argv[2] ?? 'dev'))!;
const db = await openDatabase({ kind: 'pglite', dataDir: null });
try {
  await applyMigrations(db);
  await seedFromFolder(db.primary, corpus.folder);
  const gold = loadGold(corpus);
  const ex = await readExtracted(db.primary);
  const named = gold.meetings.map((m) => namedPersons(m, gold.persons));
  const show = (i: number) => {
    const e = ex.meetings[i]!;
    return `#${i} ${e.name} [${e.start ?? ''}] ord=${e.ordinal ?? '-'} parts=${(e.participants ?? []).map((p) => p[0]).join('; ')}`;
  };
  const { goldToExtracted, anyMatch } = pair(ex.meetings, gold.meetings, (e, g, gi) => meetingScore(e, g, named[gi]));
  for (const [gi, g] of gold.meetings.entries()) {
    const paired = goldToExtracted.get(gi);
    const near = ex.meetings.map((e, i) => ({ i, s: meetingScore(e, g, named[gi]) })).sort((a, b) => b.s - a.s)[0];
    const best = paired !== undefined ? { i: paired, s: 1 } : near && near.s > 0 ? { i: near.i, s: 0 } : undefined;
    const mark = g.boilerplate ? 'B' : paired !== undefined ? 'ok' : 'MISS';
    if (best && best.s === 0) console.log(`       (would match #${best.i}, taken by another gold)`);
    console.log(`${mark.padEnd(4)} ${g.key ?? ''} ${g.name} [${g.start ?? ''}] ord=${g.ordinal ?? '-'}`);
    console.log(`       mentions: ${(g.mentions ?? []).map((m) => m.text).join(' | ')}`);
    console.log(`       gold parts: ${(g.participants ?? []).join('; ')}`);
    if (best && best.s > 0) {
      const e = ex.meetings[best.i]!;
      const missing = (g.participants ?? []).filter((p) => !(e.participants ?? []).some((names) => personMatches(names, goldPersonForms(p, gold.persons))));
      console.log(`       -> ${show(best.i)}${missing.length ? `  MISSING PARTS: ${missing.join('; ')}` : ''}`);
    }
  }
  console.log('\n== extracted meetings no gold meeting takes');
  for (const i of ex.meetings.keys()) if (!anyMatch.has(i)) console.log(show(i));
} finally {
  await db.close();
}
