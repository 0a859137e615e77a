// Issue 15, deliverable 5: the dev and seed documents with every person, organisation and place
// name swapped for another of the same shape (and years and ordinals shifted) must give the same
// structure as the originals: the same counts of entities, meetings, statements and links. A rule
// that reads a name from a list, not from its shape, shows here as a count that changes.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structureOf } from '../helpers/document-structure.ts';
import { substituteNames, type SubstitutionGold } from '../helpers/name-substitution.ts';
import { GOLD_CORPORA, loadGold } from './gold-score-corpora.ts';

/**
 * Documents whose structure changes today, with the reason (found by this test): each is a name the
 * pipeline still knows from a list rather than by its shape. None today; a rule that cannot be fixed
 * at once is listed here (run as an expected failure), then removed once it is.
 */
const KNOWN_DIFFERENCES: Record<string, string> = {};

/** Three substitutions per document: a rule that holds for one draw of names by chance fails another. */
const SEEDS = [7, 1009, 4242];

for (const corpus of GOLD_CORPORA) {
  const gold = loadGold(corpus) as unknown as SubstitutionGold;
  const files = readdirSync(corpus.folder).filter((f) => f.endsWith('.txt')).sort();
  describe(`name substitution: ${corpus.name}`, () => {
    for (const file of files) {
      const reason = KNOWN_DIFFERENCES[`${corpus.name}/${file}`];
      const test = reason ? it.fails : it;
      test(`${file}${reason ? ` (known: ${reason})` : ''}`, () => {
        const original = readFileSync(`${corpus.folder}/${file}`, 'utf8');
        const expected = structureOf(original);
        for (const seed of SEEDS) {
          const swapped = substituteNames(original, file, gold, seed);
          const left = gold.persons.filter((p) => p.mentions.some((m) => m.file === file) && p.name.includes(' ') && swapped.includes(p.name));
          expect(left.map((p) => p.name), 'person names the generator left in place').toEqual([]);
          expect({ seed, ...structureOf(swapped) }).toEqual({ seed, ...expected });
        }
      });
    }
  });
}
