// What the writer takes and gives back, shared by its match rules and its row writers.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { DocumentGraph } from '../resolve.ts';

export type Tx = Prisma.TransactionClient;

export interface EntityCounts {
  created: number;
  merged: number;
  ids: number[];
}

export interface PersistCounts {
  persons: EntityCounts;
  organisations: EntityCounts;
  meetings: EntityCounts;
  statements: { created: number; ids: number[] };
  mentions: { created: number };
  countries: { codes: string[] };
}

/** One planned document's graph, as the writer takes it. */
export interface GraphToWrite {
  graph: DocumentGraph;
  /** Ids of the document's fresh articles, in the order the graph indexes them. */
  articleIds: number[];
  documentHash: string;
  publishedAt: Date | null;
}

export const noCounts = (): EntityCounts => ({ created: 0, merged: 0, ids: [] });
