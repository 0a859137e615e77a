// The shape of a name's words: a Vietnamese syllable ("Lao", "Chính") or a foreign word ("Retno",
// "Hubertus"), a particle inside a foreign name ("da", "bin"), a regnal number ("III"). A title's
// complement ("Bộ trưởng Lao động và Xã hội") is told from the name after it by these shapes.
import { VIETNAMESE_FAMILY_NAMES } from '../lexicon/family-names.ts';
import { NAME_PARTICLES } from '../lexicon/name-words.ts';
import { fold } from '../text/fold.ts';
import type { Token } from './tokens.ts';

const FAMILY = new Set(VIETNAMESE_FAMILY_NAMES.map((n) => n.toLowerCase()));
const PARTICLES = new Set(NAME_PARTICLES);
// Onset, one to three vowels, coda: the written shape of every Vietnamese syllable (diacritics folded).
const VIETNAMESE_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$/;
const ROMAN_NUMERAL = /^(I{1,3}|IV|V|VI{1,3}|IX|X|XI{1,3})$/;

export function isFamilyName(t: Token): boolean {
  return FAMILY.has(t.lower);
}

/** "lao", "chính", "hun": a word Vietnamese could write as one syllable. */
export function isVietnameseSyllable(t: Token): boolean {
  return VIETNAMESE_SYLLABLE.test(fold(t.lower));
}

export function isNameParticle(t: Token): boolean {
  return !t.upper && PARTICLES.has(t.lower);
}

export function isRegnalNumber(t: Token): boolean {
  return ROMAN_NUMERAL.test(t.text);
}
