// The participants of a meeting held within another are participants of that one too.
import { describe, expect, it } from 'vitest';
import type { ArticleMeeting } from '../../src/ingest/article-extraction.ts';
import { carryParticipantsUp } from '../../src/ingest/umbrella-participants.ts';

const meeting = (parent: number | null, participants: number[]) => ({ parent, participants }) as unknown as ArticleMeeting;

describe('participants carried to the umbrella meeting', () => {
  it('adds a session\'s participants to its conference, and on up the chain', () => {
    const ms = [meeting(null, [0]), meeting(0, [1, 2]), meeting(1, [3])];
    carryParticipantsUp(ms);
    expect(ms.map((m) => [...m.participants].sort())).toEqual([[0, 1, 2, 3], [1, 2, 3], [3]]);
  });

  it('stops on a cycle', () => {
    const ms = [meeting(1, [0]), meeting(0, [1])];
    carryParticipantsUp(ms);
    expect(ms.map((m) => [...m.participants].sort())).toEqual([[0, 1], [0, 1]]);
  });
});
