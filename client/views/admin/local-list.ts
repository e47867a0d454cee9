// A segment's list of speakers while the secretariat sets it up: the chair's own list editor
// (SpeakerList, SpeakerForm, ImportPanel) works on it unchanged, because it is what the console
// works on, a room store and a `send`. Here `send` applies each command with the domain itself
// (applyInput) to a meeting that lives in this page only, so every rule of the chair's list holds
// (600 speakers at most, clean texts, the limits' range); the list goes to the hub whole, with the
// meeting, when the secretariat saves it.
import { applyInput } from '../../../shared/domain/apply.ts';
import type { SpeakerEntry } from '../../../shared/domain/commands.ts';
import type { RostrumError } from '../../../shared/domain/errors.ts';
import { defaultCategory } from '../../../shared/domain/delegation-defaults.ts';
import { createMeeting } from '../../../shared/domain/meeting-setup.ts';
import { publicView } from '../../../shared/domain/public-view.ts';
import type { RoomInfo, RoomState, Speaker } from '../../../shared/domain/types.ts';
import type { DurationMs, EpochMs } from '../../../shared/time.ts';
import { createLiveRoom, withSnapshot, type LiveRoom } from '../../store/live-room.ts';
import type { SendCommand } from '../chair/chair-context.tsx';

export interface LocalList {
  store: LiveRoom;
  send: SendCommand;
  /** The list as a segment's speakers in a setup. */
  entries(): SpeakerEntry[];
  /** The default limit the list shows: the segment's own, else the meeting's. */
  setDefaultLimit(limitMs: DurationMs): void;
}

/** A speaker of the list as an entry of a setup: only what differs from the defaults. */
export function entryOf(speaker: Speaker): SpeakerEntry {
  return {
    delegation: speaker.delegation,
    ...(speaker.speakerName !== undefined && { speakerName: speaker.speakerName }),
    ...(speaker.title !== undefined && { title: speaker.title }),
    ...(speaker.onBehalfOf !== undefined && { onBehalfOf: speaker.onBehalfOf }),
    ...(speaker.category !== defaultCategory(speaker.delegation) && {
      category: speaker.category,
    }),
    ...(speaker.limitMs !== null && { limitMs: speaker.limitMs }),
  };
}

/**
 * Speaker ids come from a meeting's counter (s1, s2…). Each list starts its own far from the
 * others', so that two lists on one page never share an id: the chair's list finds a row's
 * handle by its id in the whole page, to give it the focus back after a move.
 */
const IDS_PER_LIST = 100_000;
let lists = 0;

/**
 * A list holding `entries`, or the domain's refusal of them (with the path of the entry at
 * fault, e.g. 'speakers.3.delegation').
 */
export function createLocalList(options: {
  room: RoomInfo;
  entries: readonly SpeakerEntry[];
  defaultLimitMs: DurationMs;
  now: () => EpochMs;
}): { ok: true; list: LocalList } | { ok: false; error: RostrumError } {
  const { room, now } = options;
  lists += 1;
  // Only the list and its default limit are ever shown: the meeting around it is a shell.
  const shell = createMeeting(
    {
      title: 'draft',
      theme: '',
      organ: '',
      format: '',
      sittings: [{ date: '2000-01-01', start: '00:00', end: '23:59' }],
      defaultLimitMs: options.defaultLimitMs,
      warningMs: 0,
      interpretation: { status: 'available', languages: [] },
      listOpen: true,
      speakers: [],
    },
    room,
    'draft',
  );
  if (!shell.ok) return shell;
  let state: RoomState = {
    roomId: 'draft',
    version: 0,
    room,
    current: { ...shell.value, nextId: lists * IDS_PER_LIST + 1 },
    upcoming: [],
    history: [],
  };
  if (options.entries.length > 0) {
    const filled = applyInput(state, { type: 'addSpeakers', speakers: options.entries }, now());
    if (!filled.ok) return filled;
    state = filled.value;
  }
  const store = createLiveRoom();
  const show = () =>
    store.setState((s) => ({
      ...withSnapshot(s, { ...publicView(state), serverNow: now() }, now()),
      connection: 'connected',
    }));
  show();
  return {
    ok: true,
    list: {
      store,
      async send(command) {
        const result = applyInput(state, command, now());
        if (!result.ok) return { ok: false, error: result.error };
        state = result.value;
        show();
        return { ok: true, version: state.version };
      },
      entries: () => (state.current?.speakers ?? []).map(entryOf),
      setDefaultLimit(limitMs) {
        const current = state.current;
        if (!current || current.meeting.defaultLimitMs === limitMs) return;
        state = {
          ...state,
          current: { ...current, meeting: { ...current.meeting, defaultLimitMs: limitMs } },
        };
        show();
      },
    },
  };
}
