// The two gold corpora (the seeds, the development set), each scored on its own: the gold test and
// `npm run score:gold` ingest the same folder the same way and read back the same records.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { seedFromFolder } from '../../src/ingest/seed.ts';
import { scoreAgainstGold, type GoldFile, type Score } from '../helpers/gold-scorer.ts';
import { readExtracted } from '../helpers/read-extracted.ts';

export type CorpusName = 'seeds' | 'dev';

export interface GoldCorpus {
  name: CorpusName;
  /** The folder of .txt documents ingested. */
  folder: string;
  gold: string;
}

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export const GOLD_CORPORA: GoldCorpus[] = [
  { name: 'seeds', folder: here('../../seeds'), gold: here('../fixtures/gold/seeds.gold.json') },
  { name: 'dev', folder: here('../fixtures/dev'), gold: here('../fixtures/gold/dev.gold.json') },
];

interface ArticleDate { file: string; line: number; publishedAt: string }

/** The gold file with each article's published day added from the supplement (article-dates.json). */
export function loadGold(corpus: GoldCorpus): GoldFile {
  const gold = JSON.parse(readFileSync(corpus.gold, 'utf8')) as GoldFile;
  const dates = JSON.parse(readFileSync(here('../fixtures/gold/article-dates.json'), 'utf8')) as Record<CorpusName, ArticleDate[]>;
  for (const d of dates[corpus.name]) {
    const article = gold.documents?.find((doc) => doc.file === d.file)?.articles.find((a) => a.lines[0] === d.line);
    if (!article) throw new Error(`article-dates.json names no gold article: ${d.file}:${d.line}`);
    article.publishedAt = d.publishedAt;
  }
  return gold;
}

/** Ingests the corpus into an empty database, reads back what was stored and scores it. */
export async function scoreCorpus(prisma: PrismaClient, corpus: GoldCorpus): Promise<Score> {
  await seedFromFolder(prisma, corpus.folder);
  return scoreAgainstGold(loadGold(corpus), await readExtracted(prisma));
}
