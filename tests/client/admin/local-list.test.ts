// A segment's list as the secretariat sets it up: the chair's commands applied by the domain
// itself, the list read back as the entries of a setup, the rules of a list kept.
import { describe, expect, it } from 'vitest';
import {
  createLocalList,
  entryOf,
  type LocalList,
} from '../../../client/views/admin/local-list.ts';
import type { SpeakerEntry } from '../../../shared/domain/commands.ts';

const ROOM = { name: 'Conference Room 9', timeZone: 'America/New_York' };

function listOf(entries: SpeakerEntry[]): LocalList {
  const made = createLocalList({ room: ROOM, entries, defaultLimitMs: 180_000, now: () => 0 });
  if (!made.ok) throw new Error(made.error.message);
  return made.list;
}

const speakers = (list: LocalList) => list.store.getState().room?.speakers ?? [];

describe('a local list', () => {
  it('gives back the entries it was made of, with only what differs from the defaults', () => {
    const entries: SpeakerEntry[] = [
      { delegation: 'FRA' },
      { delegation: 'UN Women', category: 'unSystem', title: 'Executive Director' },
      {
        delegation: 'KEN',
        speakerName: 'Jane Doe',
        onBehalfOf: 'the African Group',
        limitMs: 120_000,
      },
      // A State named as a member State, the Secretary-General as of the UN system: their
      // default categories, not kept.
      { delegation: 'BRA', category: 'memberState' },
      { delegation: 'Secretary-General', category: 'unSystem' },
    ];
    expect(listOf(entries).entries()).toEqual([
      ...entries.slice(0, 3),
      { delegation: 'BRA' },
      { delegation: 'Secretary-General' },
    ]);
  });

  it('takes the chair’s commands, by the domain’s rules, each a new version', async () => {
    const list = listOf([{ delegation: 'FRA' }, { delegation: 'DEU' }]);
    const [fra, deu] = speakers(list);
    expect(await list.send({ type: 'moveSpeaker', speakerId: deu?.id ?? '', toIndex: 0 })).toEqual({
      ok: true,
      version: 2,
    });
    await list.send({
      type: 'addSpeakers',
      speakers: [{ delegation: 'JPN' }, { delegation: 'IND' }],
    });
    await list.send({ type: 'removeSpeaker', speakerId: fra?.id ?? '' });
    await list.send({ type: 'updateSpeaker', speakerId: deu?.id ?? '', limitMs: 60_000 });
    expect(list.entries()).toEqual([
      { delegation: 'DEU', limitMs: 60_000 },
      { delegation: 'JPN' },
      { delegation: 'IND' },
    ]);
    const refused = await list.send({
      type: 'updateSpeaker',
      speakerId: deu?.id ?? '',
      limitMs: 5,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'outOfRange' } });
  });

  it('refuses a list longer than a list may be, naming the entry', () => {
    const made = createLocalList({
      room: ROOM,
      entries: Array.from({ length: 601 }, () => ({ delegation: 'FRA' })),
      defaultLimitMs: 180_000,
      now: () => 0,
    });
    expect(made).toMatchObject({ ok: false, error: { code: 'invalidCommand' } });
  });

  it('never shares a speaker id with another list on the page', () => {
    const one = speakers(listOf([{ delegation: 'FRA' }]));
    const two = speakers(listOf([{ delegation: 'FRA' }]));
    expect(one[0]?.id).not.toBe(two[0]?.id);
  });

  it('shows the default limit it is given', () => {
    const list = listOf([]);
    list.setDefaultLimit(300_000);
    expect(list.store.getState().room?.meeting?.defaultLimitMs).toBe(300_000);
  });

  it('reads a speaker as an entry, keeping a category only when it is not the default', () => {
    const ngo = { id: 's1', delegation: 'Amnesty International', limitMs: null } as const;
    expect(entryOf({ ...ngo, category: 'civilSociety', status: 'waiting' })).toEqual({
      delegation: 'Amnesty International',
      category: 'civilSociety',
    });
    // An organization is intergovernmental unless told otherwise (list-order.ts).
    expect(entryOf({ ...ngo, category: 'intergovernmental', status: 'waiting' })).toEqual({
      delegation: 'Amnesty International',
    });
  });
});
