import { describe, expect, it } from 'vitest';
import type { PublicRoomState } from '../../shared/domain/types.ts';
import type { RoomChanged } from '../../shared/protocol.ts';
import {
  initialLiveRoomState,
  withChange,
  withSnapshot,
  type LiveRoomState,
} from '../../client/store/live-room.ts';

const room: PublicRoomState = {
  roomId: 'cr4',
  version: 4,
  room: { name: 'Conference Room 4', timeZone: 'America/New_York' },
  meetingId: '2017-09-06-1',
  meeting: {
    title: 'Dialogue',
    theme: '',
    organ: '',
    format: '',
    room: 'Conference Room 4',
    timeZone: 'America/New_York',
    sittings: [{ date: '2017-09-06', start: '10:00', end: '13:00' }],
    defaultLimitMs: 180_000,
    warningMs: 30_000,
  },
  status: { kind: 'inSession' },
  segments: [{ id: 'seg-1', title: '' }],
  segmentId: 'seg-1',
  listOpen: true,
  interpretation: { status: 'available', languages: [] },
  booths: { statuses: {}, source: 'chair' },
  announcement: null,
  speakers: [],
  floor: null,
  undo: { available: 0, next: null },
  pace: { factor: 1, changeoverMs: 15_000 },
  upcoming: [],
};

const withRoom: LiveRoomState = withSnapshot(initialLiveRoomState, { ...room, serverNow: 5 }, 10);

function change(fromVersion: number, version: number): RoomChanged {
  return {
    roomId: 'cr4',
    fromVersion,
    version,
    serverNow: 20,
    parts: { announcement: { text: 'Break', at: 20 } },
  };
}

describe('room store updates', () => {
  it('a snapshot replaces the room and drops serverNow', () => {
    expect(withRoom.room).toEqual(room);
    expect(withRoom.lastUpdateAt).toBe(10);
  });

  it('a change on top of the version held is merged, untouched parts keep their identity', () => {
    const next = withChange(withRoom, change(4, 5), 30);
    expect(next?.room?.version).toBe(5);
    expect(next?.room?.announcement?.text).toBe('Break');
    expect(next?.room?.speakers).toBe(withRoom.room?.speakers);
  });

  it('a change after a missed one asks for a resync', () => {
    expect(withChange(withRoom, change(5, 6), 30)).toBeUndefined();
    expect(withChange(initialLiveRoomState, change(4, 5), 30)).toBeUndefined();
  });

  it('a change already held is ignored', () => {
    expect(withChange(withRoom, change(3, 4), 30)).toBe(withRoom);
  });

  it('a patch of the list replaces the speakers it names and keeps the others', () => {
    const speaker = (id: string) => ({
      id,
      delegation: id,
      category: 'memberState' as const,
      limitMs: null,
      status: 'waiting' as const,
    });
    const listed = withSnapshot(
      initialLiveRoomState,
      { ...room, speakers: [speaker('s1'), speaker('s2')], serverNow: 5 },
      10,
    );
    const called = { ...speaker('s1'), status: 'speaking' as const };
    const next = withChange(
      listed,
      { ...change(4, 5), parts: { speakerPatch: { updated: [called] } } },
      30,
    );
    expect(next?.room?.speakers).toEqual([called, speaker('s2')]);
    expect(next?.room?.speakers[1]).toBe(listed.room?.speakers[1]);
  });

  it('takes the parts of a room that holds meetings: none open, the calendar, the segment', () => {
    const upcoming = [
      {
        meetingId: '2017-09-07-1',
        title: 'Fifth Committee',
        sittings: [{ date: '2017-09-07', start: '10:00', end: '13:00' }],
      },
    ];
    const closed = withChange(
      withRoom,
      {
        ...change(4, 5),
        parts: {
          meetingId: null,
          meeting: null,
          status: { kind: 'noMeeting' },
          segments: [],
          segmentId: null,
          upcoming,
        },
      },
      30,
    );
    expect(closed?.room).toMatchObject({
      version: 5,
      meetingId: null,
      meeting: null,
      status: { kind: 'noMeeting' },
      segments: [],
      segmentId: null,
      upcoming,
      room: room.room,
    });
    const segments = [
      { id: 'seg-1', title: 'Opening segment' },
      { id: 'seg-2', title: 'Interactive panel' },
    ];
    const moved = withChange(
      withRoom,
      {
        ...change(4, 5),
        parts: { segments, segmentId: 'seg-2', room: { ...room.room, name: 'CR 4' } },
      },
      30,
    );
    expect(moved?.room).toMatchObject({ segments, segmentId: 'seg-2', room: { name: 'CR 4' } });
    expect(moved?.room?.meeting).toBe(withRoom.room?.meeting);
  });

  it('a patch that names a speaker the store does not hold asks for a resync', () => {
    const stray = {
      id: 's9',
      delegation: 'FRA',
      category: 'memberState' as const,
      limitMs: null,
      status: 'speaking' as const,
    };
    const patch = { ...change(4, 5), parts: { speakerPatch: { updated: [stray] } } };
    expect(withChange(withRoom, patch, 30)).toBeUndefined();
  });
});
