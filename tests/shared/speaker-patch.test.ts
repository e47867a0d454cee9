// The list of speakers as a patch: built from two lists, applied back, refused when it does not fit.
import { describe, expect, it } from 'vitest';
import { patchSpeakers, speakersChange } from '../../shared/domain/speaker-patch.ts';
import type { Speaker } from '../../shared/domain/types.ts';

const speaker = (id: string, status: Speaker['status'] = 'waiting'): Speaker => ({
  id,
  delegation: `Delegation ${id}`,
  category: 'memberState',
  limitMs: null,
  status,
});

const list = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => speaker(id));

describe('speakersChange', () => {
  it('is empty for the same list, or an equal one', () => {
    expect(speakersChange(list, list)).toEqual({});
    expect(
      speakersChange(
        list,
        list.map((s) => ({ ...s })),
      ),
    ).toEqual({});
  });

  it('names the speakers whose values changed, with no order when it stayed', () => {
    const after = list.map((s) => (s.id === 'b' ? { ...s, status: 'speaking' as const } : s));
    expect(speakersChange(list, after)).toEqual({ speakerPatch: { updated: [after[1]] } });
  });

  it('gives the order when a speaker is removed, added or moved', () => {
    const removed = list.filter((s) => s.id !== 'c');
    expect(speakersChange(list, removed)).toEqual({
      speakerPatch: { updated: [], order: ['a', 'b', 'd', 'e', 'f'] },
    });
    const added = [...list, speaker('g')];
    expect(speakersChange(list, added).speakerPatch).toEqual({
      updated: [added[6]],
      order: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
    });
  });

  it('gives the whole list when more than half of it changed', () => {
    const after = list.map((s, i) => (i < 4 ? { ...s, limitMs: 60_000 } : s));
    expect(speakersChange(list, after)).toEqual({ speakers: after });
  });
});

describe('patchSpeakers', () => {
  it('rebuilds the list, keeping the identity of the speakers it did not name', () => {
    const changed = { ...speaker('c'), status: 'speaking' as const };
    const patched = patchSpeakers(list, {
      updated: [changed],
      order: ['c', 'a', 'b', 'd', 'e', 'f'],
    });
    expect(patched?.map((s) => s.id)).toEqual(['c', 'a', 'b', 'd', 'e', 'f']);
    expect(patched?.[0]).toBe(changed);
    expect(patched?.[1]).toBe(list[0]);
  });

  it('refuses a patch naming a speaker it does not know, or an order with an unknown id', () => {
    expect(patchSpeakers(list, { updated: [speaker('z')] })).toBeUndefined();
    expect(patchSpeakers(list, { updated: [], order: ['a', 'z'] })).toBeUndefined();
  });

  it('drops the speakers the order leaves out', () => {
    expect(patchSpeakers(list, { updated: [], order: ['f', 'a'] })?.map((s) => s.id)).toEqual([
      'f',
      'a',
    ]);
  });
});
