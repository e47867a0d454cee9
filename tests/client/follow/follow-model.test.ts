// The phone view's pure helpers: where a delegation stands, how the list reads, which delegations
// can be picked and found, and the words for each, on states built by the real domain.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDelegationNames } from '../../../client/i18n/delegation-names.ts';
import { projectWith } from '../../../shared/domain/projection.ts';
import { publicView } from '../../../shared/domain/public-view.ts';
import type { PublicRoomState, RoomState } from '../../../shared/domain/types.ts';
import type { EpochMs } from '../../../shared/time.ts';
import { projectionInput } from '../../../client/view-kit/use-room-projection.ts';
import {
  alertText,
  delegationChoices,
  delegationTurn,
  isTurnNear,
  matchingChoices,
  roomTimeWithSeconds,
  rowText,
  speakerRows,
  turnText,
  type DelegationTurn,
} from '../../../client/views/follow/follow-model.ts';
import {
  meetingMessage,
  statusText,
  type MessageContext,
} from '../../../client/view-kit/room-words.ts';
import en from '../../../client/views/follow/messages/en.ts';
import { at, end, makeRoom, min, next, run, sec, T0 } from './follow-harness.tsx';

const NEW_YORK = 'America/New_York';

/** The message context of a meeting sitting, on an English screen. */
const sitting: MessageContext = { phase: { kind: 'sitting' }, language: 'en' };

/** The projection a phone computes from the public state at `now`. */
function projectionOf(view: PublicRoomState, now: EpochMs) {
  const input = projectionInput(view);
  if (!input) throw new Error('no meeting to project');
  return projectWith(input, input.pace, now);
}

/** The turn of `delegation` in `room` at `now`, with the projection a phone computes. */
function turnOf(room: RoomState, delegation: string, now = T0): DelegationTurn {
  const view = publicView(room);
  return delegationTurn(view.speakers, projectionOf(view, now), delegation);
}

/** What the pinned card says. */
const says = (room: RoomState, delegation: string, now = T0) =>
  turnText(turnOf(room, delegation, now), en, NEW_YORK);

// A phone fetches its language's names before it shows; so do these tests, by the same loader.
beforeAll(() =>
  Promise.all([loadDelegationNames('en'), loadDelegationNames('fr'), loadDelegationNames('ar')]),
);

describe('where a delegation stands', () => {
  it('counts its place in line and estimates its start in the room’s time zone', () => {
    // Four speeches of 3 min with 15 s changeovers before Brazil: 10:00 + 4 × 3:15 = 10:13.
    expect(turnOf(makeRoom(), 'BRA')).toEqual({
      kind: 'waiting',
      speakerId: 's5',
      place: 5,
      estimatedStartAt: at(min(13)),
      secondCall: false,
    });
    expect(says(makeRoom(), 'BRA')).toBe('5th in line, around 10:13');
    expect(says(makeRoom(), 'DEU')).toBe('2nd in line, around 10:03');
    expect(says(makeRoom(), 'GBR')).toBe('3rd in line, around 10:06');
  });

  it('moves up as speakers are called, and counts what is left of the speech on the floor', () => {
    const first = run(makeRoom(), T0, next);
    expect(says(first, 'BRA')).toBe('4th in line, around 10:13');
    // Five minutes in, France has run two minutes over: the estimates slide.
    expect(says(first, 'BRA', at(min(5)))).toBe('4th in line, around 10:15');
  });

  it('says a delegation is speaking, has spoken, or is not on the list', () => {
    const first = run(makeRoom(), T0, next);
    expect(turnOf(first, 'FRA')).toEqual({ kind: 'speaking', speakerId: 's1' });
    expect(says(first, 'FRA')).toBe('Speaking now');
    expect(says(first, 'ITA')).toBe('Not on the list of speakers');
    const third = run(first, at(min(3)), next, next);
    expect(says(third, 'DEU')).toBe('Has spoken');
  });

  it('follows a delegation inscribed twice to its next entry once the first is held', () => {
    const done = run(makeRoom(), T0, next, end);
    // France's own statement (s6) comes after the four others.
    expect(turnOf(done, 'FRA')).toMatchObject({ kind: 'waiting', speakerId: 's6', place: 5 });
    const all = run(done, T0, next, next, next, next, next, end);
    expect(says(all, 'FRA')).toBe('Has spoken');
  });

  it('tells a second call from a delegation that will not be called again', () => {
    const skipped = run(makeRoom(), T0, { type: 'skipSpeaker', speakerId: 's2' });
    // Germany goes to the end, called once nobody is waiting: after the five others.
    expect(turnOf(skipped, 'DEU')).toMatchObject({ kind: 'waiting', place: 6, secondCall: true });
    const twice = run(skipped, T0, { type: 'skipSpeaker', speakerId: 's2' });
    expect(turnOf(twice, 'DEU')).toEqual({ kind: 'passedOver', speakerId: 's2' });
    expect(says(twice, 'DEU')).toBe('Passed over twice: will not be called again');
  });

  it('gives no time to a speaker the sittings will not reach, nor after adjournment', () => {
    const late = run(makeRoom(), at(min(7 * 60 + 58)));
    expect(says(late, 'BRA', at(min(7 * 60 + 58)))).toBe(
      '5th in line, not expected before the last sitting ends',
    );
    const adjourned = run(makeRoom(), T0, { type: 'adjournMeeting' });
    expect(turnOf(adjourned, 'BRA')).toMatchObject({ kind: 'waiting', estimatedStartAt: null });
  });
});

describe('the alert’s threshold', () => {
  it('is two speakers away or closer, and never once on the floor', () => {
    const first = run(makeRoom(), T0, next);
    expect(isTurnNear(turnOf(first, 'JPN'))).toBe(false); // 3rd
    expect(isTurnNear(turnOf(first, 'GBR'))).toBe(true); // 2nd
    expect(isTurnNear(turnOf(first, 'DEU'))).toBe(true); // next
    expect(isTurnNear(turnOf(first, 'FRA'))).toBe(false); // speaking
    const near = turnOf(first, 'GBR');
    if (!isTurnNear(near)) throw new Error('not near');
    expect(alertText(near, en, NEW_YORK)).toBe('Your turn is near: 2nd in line, around 10:06.');
    const nextUp = turnOf(first, 'DEU');
    if (!isTurnNear(nextUp)) throw new Error('not near');
    expect(alertText(nextUp, en, NEW_YORK)).toBe('You are next, around 10:03.');
  });
});

describe('the list', () => {
  it('reads every entry with its status and estimated start', () => {
    const room = run(makeRoom(), T0, next, end, next, { type: 'skipSpeaker', speakerId: 's4' });
    const view = publicView(room);
    const rows = speakerRows(view.speakers, projectionOf(view, T0));
    expect(rows.map((r) => [r.number, r.speaker.delegation, rowText(r, en, NEW_YORK)])).toEqual([
      [1, 'FRA', 'Spoken'],
      [2, 'DEU', 'Speaking'],
      [3, 'GBR', 'around 10:03'],
      [4, 'BRA', 'around 10:06'],
      [5, 'FRA', 'around 10:09'],
      [6, 'JPN', 'second call, around 10:13'],
    ]);
    expect(rows.map((r) => r.status)).toEqual([
      'spoken',
      'speaking',
      'waiting',
      'waiting',
      'waiting',
      'secondCall',
    ]);
  });
});

describe('the delegation picker', () => {
  const speakers = publicView(makeRoom()).speakers;

  it('offers each delegation on the list once, in the reader’s alphabetical order', () => {
    expect(delegationChoices(speakers, 'en').map((c) => c.name)).toEqual([
      'Brazil',
      'France',
      'Germany',
      'Japan',
      'United Kingdom of Great Britain and Northern Ireland',
    ]);
    expect(delegationChoices(speakers, 'fr').map((c) => c.name)).toEqual([
      'Allemagne',
      'Brésil',
      'France',
      'Japon',
      'Royaume-Uni de Grande-Bretagne et d’Irlande du Nord',
    ]);
  });

  it('finds a delegation by its name in the reader’s language or in English, or by its code', () => {
    const french = delegationChoices(speakers, 'fr');
    const found = (query: string) => matchingChoices(french, query).map((c) => c.delegation);
    expect(found('allem')).toEqual(['DEU']);
    expect(found('Germany')).toEqual(['DEU']);
    expect(found('bresil')).toEqual(['BRA']); // accents do not matter
    expect(found('gbr')).toEqual(['GBR']);
    expect(found('  ')).toHaveLength(5);
    expect(found('xyz')).toEqual([]);
  });
});

describe('the meeting’s words', () => {
  it('says the status and the chair’s messages, times in the room’s time zone', () => {
    const room = publicView(makeRoom());
    expect(statusText(room.status, NEW_YORK, en)).toBe('Not yet started');
    const suspended = publicView(
      run(makeRoom(), T0, {
        type: 'suspendMeeting',
        resumesAt: at(min(90)),
        note: 'Consultations',
      }),
    );
    expect(statusText(suspended.status, NEW_YORK, en)).toBe('Suspended until 11:30');
    expect(meetingMessage(suspended, en, sitting)).toEqual({
      kind: 'suspended',
      heading: 'The meeting is suspended',
      body: 'It will resume at 11:30 · Consultations',
    });
    const announced = publicView(
      run(makeRoom(), T0, { type: 'announce', text: 'The list closes at noon.' }),
    );
    expect(meetingMessage(announced, en, sitting)).toEqual({
      kind: 'announcement',
      heading: 'Announcement',
      body: 'The list closes at noon.',
    });
    expect(meetingMessage(room, en, sitting)).toBeUndefined();
  });

  it('writes the time of the last update to the second', () => {
    expect(roomTimeWithSeconds(at(min(42) + sec(5)), NEW_YORK)).toBe('10:42:05');
  });
});
