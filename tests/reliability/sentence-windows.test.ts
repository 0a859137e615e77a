// Sentences are segmented in windows (Intl.Segmenter is superlinear on long strings): the windows
// must give exactly the boundaries the segmenter gives over the whole line, and a sentence is never
// longer than MAX_SENTENCE_CHARS.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, segmentsOf, splitSentences } from '../../src/ingest/sentences.ts';
import { mulberry32, mutate, syllable } from './fuzz-text.ts';

const whole = new Intl.Segmenter('vi', { granularity: 'sentence' });
const pieces = (line: string, segments: Iterable<{ index: number; segment: string }>) => [...segments].map((s) => [s.index, s.segment]);

function corpus(): string[] {
  const files = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => path.join('seeds', f));
  for (const dir of ['tests/fixtures/dev', ...readdirSync('tests/fixtures/ingest').map((d) => path.join('tests/fixtures/ingest', d))]) {
    for (const f of readdirSync(dir)) if (f.endsWith('.txt')) files.push(path.join(dir, f));
  }
  return files.sort().map((f) => readFileSync(f, 'utf8'));
}

describe('windowed sentence segmentation', () => {
  const texts = corpus();
  const same = (line: string) => expect(pieces(line, segmentsOf(line))).toEqual(pieces(line, whole.segment(line)));

  it('matches Intl.Segmenter on the corpus joined into long lines', () => {
    for (const t of texts) same(t.replaceAll('\n', ' '));
    same(texts.join(' ').replaceAll('\n', ' '));
  });

  it('matches Intl.Segmenter on mutated and random text', () => {
    const random = mulberry32(20261207);
    for (let n = 0; n < 60; n++) same(mutate(random, texts.join(' '), 1 + (n % 3)).text.replaceAll('\n', ' '));
    const ends = ['.', '. ', '...', '?', ' 1.', '."', '.)', '.\u00a0'];
    for (let n = 0; n < 30; n++) {
      same(Array.from({ length: 3000 }, () => syllable(random) + (random() < 0.1 ? ends[Math.floor(random() * ends.length)] : ' ')).join(''));
    }
  });

  it('matches Intl.Segmenter when a period is followed by a long run without letters', () => {
    for (const filler of ['1', ' ', ')', '"', '-', '1 ', '( ']) same(`Ông A. ${filler.repeat(3000)} b tiếp. Cái gì. ${'Một câu. '.repeat(400)}`);
  });

  it(`cuts a run without a sentence end at ${MAX_SENTENCE_CHARS} characters, at a space`, () => {
    const text = `${'lời nói không dừng '.repeat(400)}. Câu sau.`;
    const sentences = splitSentences('BODY', text);
    expect(Math.max(...sentences.map((s) => s.text.length))).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(sentences.length).toBeGreaterThan(3);
    for (const s of sentences.slice(0, -2)) expect(text[s.end]).toBe(' ');
    expect(sentences.at(-1)!.text).toBe('Câu sau.');
  });
});
