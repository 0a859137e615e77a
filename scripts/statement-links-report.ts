// `tsx scripts/statement-links-report.ts [seeds|dev]`: every wrong statement → meeting link of a gold
// corpus, with the sentence that proves the statement and its article, for work on the linking rules.
import path from 'node:path';
import { openDatabase } from '../src/db/database.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { seedFromFolder } from '../src/ingest/seed.ts';
import { meetingScore, namedPersons, scoreAgainstGold } from '../tests/helpers/gold-scorer.ts';
import { pair } from '../tests/helpers/gold-match.ts';
import { GOLD_CORPORA, loadGold } from '../tests/ingest/gold-score-corpora.ts';
import { readExtracted } from '../tests/helpers/read-extracted.ts';

const wanted = process.argv.slice(2);
for (const corpus of GOLD_CORPORA.filter((c) => wanted.length === 0 || wanted.includes(c.name))) {
  const db = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    await applyMigrations(db);
    const prisma = db.primary;
    await seedFromFolder(prisma, corpus.folder);
    const ex = await readExtracted(prisma);
    const gold = loadGold(corpus);
    const score = scoreAgainstGold(gold, ex);
    if (process.env.MEETINGS) {
      const named = gold.meetings.map((m) => namedPersons(m, gold.persons));
      const { goldToExtracted } = pair(ex.meetings, gold.meetings, (e, g, gi) => meetingScore(e, g, named[gi]));
      gold.meetings.forEach((g, gi) => {
        const e = goldToExtracted.get(gi);
        const em = e === undefined ? null : ex.meetings[e]!;
        const gp = g.partOf ?? "";
        console.log(`  gold ${g.key ?? g.name} [${g.start ?? ''}] parent=${gp} ⇒ ${em ? `${em.name} [${em.start}] parent=${em.parent == null ? "" : ex.meetings[em.parent]!.name}` : 'NONE'}`);
      });
      const used = new Set(goldToExtracted.values());
      ex.meetings.forEach((m, i) => used.has(i) || console.log(`  extra ${m.name} [${m.start}] parent=${m.parent == null ? "" : ex.meetings[m.parent]!.name}`));
    }
    const rows = await prisma.statement.findMany({ include: { article: { include: { document: true } }, meeting: true }, orderBy: { id: 'asc' } });
    console.log(`== ${corpus.name}`);
    for (const miss of [...(score.misses['statement → meeting'] ?? []), ...(score.misses['meeting parent'] ?? [])]) {
      console.log(`- ${miss}`);
      const m = /^(.*?) (\S+(?: \S+)?): (.{1,40}) → /u.exec(miss);
      const s = m && rows.find((r) => r.content.startsWith(m[3]!.trim()) );
      if (!s) continue;
      const body = s.article.body;
      const before = body.lastIndexOf('\n', s.evidenceStart - 1);
      console.log(`    [${path.basename(s.article.document.source)}:${s.article.lineStart} "${s.article.title?.slice(0, 60)}"]`);
      console.log(`    para: ${body.slice(before + 1, s.evidenceStart).slice(-300)}⟦${body.slice(s.evidenceStart, s.evidenceEnd).slice(0, 300)}⟧`);
    }
  } finally {
    await db.close();
  }
}
