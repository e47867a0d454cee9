// Where a dragged or stepped speaker lands, and the commands the entry form sends.
import { describe, expect, it } from 'vitest';
import {
  addCommand,
  draftOf,
  dropIndex,
  EMPTY_DRAFT,
  stepIndex,
  updateCommand,
} from '../../../client/views/chair/list-model.ts';
import { makeRoom, meetingOf, run, T0 } from './chair-harness.tsx';

// s1..s5; s1 has spoken and s2 has the floor: the history is two long.
const speakers = meetingOf(
  run(makeRoom(), T0, { type: 'nextSpeaker', start: true }, { type: 'nextSpeaker', start: true }),
).speakers;

describe('dropIndex', () => {
  const cases: [string, string, number, 'before' | 'after', number | undefined][] = [
    ['down, before a later row', 's3', 4, 'before', 3],
    ['down, after the last row', 's3', 4, 'after', 4],
    ['up, before an earlier row', 's5', 2, 'before', 2],
    ['up, after an earlier row', 's5', 2, 'after', 3],
    ['onto itself', 's4', 3, 'before', undefined],
    ['just after itself', 's4', 3, 'after', undefined],
    ['before the row under it: no change', 's3', 3, 'before', undefined],
    ['into the history: held at its edge', 's5', 0, 'before', 2],
    ['an unknown speaker', 'zz', 3, 'before', undefined],
  ];
  for (const [name, id, over, side, expected] of cases) {
    it(name, () => expect(dropIndex(speakers, id, over, side)).toBe(expected));
  }
});

describe('stepIndex', () => {
  it('moves one place, never into the history nor past the end', () => {
    expect(stepIndex(speakers, 's4', -1)).toBe(2);
    expect(stepIndex(speakers, 's4', 1)).toBe(4);
    expect(stepIndex(speakers, 's3', -1)).toBeUndefined();
    expect(stepIndex(speakers, 's5', 1)).toBeUndefined();
  });
});

describe('addCommand', () => {
  it('resolves a State’s name to its code and leaves blanks out', () => {
    expect(
      addCommand({ ...EMPTY_DRAFT, delegation: ' Kenya ', title: ' ', limitMs: 120_000 }),
    ).toEqual({ type: 'addSpeaker', delegation: 'KEN', limitMs: 120_000 });
  });

  it('names a State in the console’s language, keeps an organization as typed', () => {
    expect(addCommand({ ...EMPTY_DRAFT, delegation: 'Allemagne' })).toMatchObject({
      delegation: 'DEU',
    });
    expect(
      addCommand(
        { ...EMPTY_DRAFT, delegation: 'European Union' },
        {
          position: 2,
          afterClosure: true,
        },
      ),
    ).toEqual({
      type: 'addSpeaker',
      delegation: 'European Union',
      position: 2,
      afterClosure: true,
    });
  });
});

describe('updateCommand', () => {
  const gbr = meetingOf(makeRoom()).speakers[2];
  if (!gbr) throw new Error('no GBR');

  it('sends nothing when nothing changed', () => {
    expect(updateCommand(gbr, draftOf(gbr, 'en'))).toBeUndefined();
  });

  it('sends only the fields that changed; a blank clears; back to the default limit is null', () => {
    const withTitle = { ...gbr, title: 'Minister', limitMs: 120_000 };
    const draft = { ...draftOf(withTitle, 'en'), title: '', speakerName: 'A. Person' };
    expect(updateCommand(withTitle, { ...draft, limitMs: undefined })).toEqual({
      type: 'updateSpeaker',
      speakerId: gbr.id,
      speakerName: 'A. Person',
      title: null,
      limitMs: null,
    });
  });

  it('corrects the delegation by name', () => {
    expect(updateCommand(gbr, { ...draftOf(gbr, 'en'), delegation: 'Ireland' })).toEqual({
      type: 'updateSpeaker',
      speakerId: gbr.id,
      delegation: 'IRL',
    });
  });
});
