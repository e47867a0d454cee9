// The floor as the console sees it: who has it, what the one big button does now, and which
// command each shortcut key sends. Pure, tested on its own.
import type { CommandInput } from '../../../shared/domain/commands.ts';
import { callOrder } from '../../../shared/domain/list-order.ts';
import { timerPhase } from '../../../shared/domain/timer.ts';
import type { PublicRoomState, RoomStatus, Speaker } from '../../../shared/domain/types.ts';
import { SECOND_MS, type DurationMs } from '../../../shared/time.ts';

/**
 * True when the hub refuses every command but undo (the meeting is adjourned: read-only for
 * good) or has no meeting to apply one to.
 */
export function isClosed(status: RoomStatus): boolean {
  return status.kind === 'adjourned' || status.kind === 'noMeeting';
}

/** What + and - add to or take from the clock. */
export const ADJUST_STEP_MS: DurationMs = 30 * SECOND_MS;

/** The main floor button: call and start, start, pause or resume, depending on the clock. */
export type PrimaryAction = 'callAndStart' | 'start' | 'pause' | 'resume' | 'none';

/** What the main button does in this room now. */
export function primaryAction(
  room: Pick<PublicRoomState, 'status' | 'floor' | 'speakers'>,
): PrimaryAction {
  if (isClosed(room.status)) return 'none';
  if (!room.floor) return callOrder(room.speakers).length > 0 ? 'callAndStart' : 'none';
  switch (timerPhase(room.floor.timer)) {
    case 'ready':
      return 'start';
    case 'running':
      return 'pause';
    case 'paused':
      return 'resume';
  }
}

/** The command the main button sends, if any. */
export function primaryCommand(action: PrimaryAction): CommandInput | undefined {
  switch (action) {
    case 'callAndStart':
      return { type: 'nextSpeaker', start: true };
    case 'start':
      return { type: 'startSpeech' };
    case 'pause':
      return { type: 'pauseSpeech' };
    case 'resume':
      return { type: 'resumeSpeech' };
    case 'none':
      return undefined;
  }
}

/** The console's keyboard shortcuts. */
export type Shortcut = 'primary' | 'next' | 'previous' | 'skip' | 'plus' | 'minus' | 'undo';

/** The parts of a key event a shortcut depends on. */
export interface KeyPress {
  key: string;
  /** The key's place on the keyboard (KeyB, Period), whatever the layout makes of it. */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The places whose Latin characters the shortcuts read, beyond the letters' (KeyA…KeyZ). */
const LATIN_AT: Readonly<Record<string, string>> = {
  Period: '.',
  Equal: '=',
  Minus: '-',
};

/**
 * The key as a Latin layout names it. Under an Arabic or a Russian layout a clicker's "b" arrives
 * as that layout's letter (لا, и) in the B's place: the place says what was meant. A key that is
 * already Latin is taken as it is (Dvorak's "b" is not in the B's place).
 */
function latinKey(press: KeyPress): string {
  const { key, code } = press;
  if (code === undefined || /^[\x20-\x7e]$/.test(key) || /^[A-Za-z0-9]{2,}$/.test(key)) return key;
  const letter = /^Key([A-Z])$/.exec(code)?.[1];
  if (letter) return press.shiftKey ? letter : letter.toLowerCase();
  return LATIN_AT[code] ?? key;
}

/**
 * The shortcut a key press stands for, if any. Presentation clickers send PageDown / PageUp for
 * forward and back, "b" or "." for their black-screen button and F5, Shift+F5 or Escape for
 * their slideshow button: all of those run the clock, as Space does. Plus is also read from '='
 * (the same key unshifted on many keyboards).
 */
export function shortcutOf(press: KeyPress): Shortcut | undefined {
  const key = latinKey(press);
  const command = press.ctrlKey || press.metaKey;
  if (command && !press.altKey && !press.shiftKey && key.toLowerCase() === 'z') {
    return 'undo';
  }
  // Ctrl+F5 and the like stay the browser's: the chair can still force a reload.
  if (command || press.altKey) return undefined;
  switch (key) {
    case ' ':
    case 'Spacebar':
    case 'b':
    case 'B':
    case '.':
    case 'F5':
    case 'Escape':
      return 'primary';
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 's':
    case 'S':
      return 'skip';
    case '+':
    case '=':
      return 'plus';
    case '-':
    case '_':
      return 'minus';
    default:
      return undefined;
  }
}

/** A key as `aria-keyshortcuts` names it (UI Events key values; "Plus" for +). */
export type KeyName =
  | 'Space'
  | 'B'
  | '.'
  | 'F5'
  | 'Shift+F5'
  | 'Escape'
  | 'ArrowRight'
  | 'PageDown'
  | 'ArrowLeft'
  | 'PageUp'
  | 'S'
  | 'Plus'
  | '-'
  | 'Control+Z';

/**
 * The keys the console lists for each shortcut, in the order it lists them: the keyboard's first,
 * then a clicker's. (Every one of them is read by `shortcutOf`; '=' and '_' are left unsaid.)
 */
export const SHORTCUT_KEYS: Readonly<Record<Shortcut, readonly KeyName[]>> = {
  primary: ['Space', 'B', '.', 'F5', 'Shift+F5', 'Escape'],
  next: ['ArrowRight', 'PageDown'],
  previous: ['ArrowLeft', 'PageUp'],
  skip: ['S'],
  plus: ['Plus'],
  minus: ['-'],
  undo: ['Control+Z'],
};

/** The shortcuts in the order the console lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  'primary',
  'next',
  'previous',
  'skip',
  'plus',
  'minus',
  'undo',
];

/** How the chair set the console up (kept per room in the browser). */
export interface FloorOptions {
  /** Calling the next speaker (Next, PageDown, →) starts their clock at once. */
  callStarts: boolean;
}

/**
 * Whether Next starts the clock of the speaker it calls: when the chair asked for it, but not while
 * the meeting is suspended (the hub would refuse to run a clock then, and the call itself is still
 * wanted: the clock waits, ready, for the resumption).
 */
export function nextStarts(status: RoomStatus, options: FloorOptions): boolean {
  return options.callStarts && status.kind !== 'suspended';
}

/** What Next sends: the call, with the start of the clock when `starts`. */
export function nextCommand(starts: boolean): CommandInput {
  return starts ? { type: 'nextSpeaker', start: true } : { type: 'nextSpeaker' };
}

/** The command a shortcut sends in this room now (undefined: nothing to do). */
export function shortcutCommand(
  shortcut: Shortcut,
  room: Pick<PublicRoomState, 'status' | 'floor' | 'speakers'>,
  options: FloorOptions = { callStarts: false },
): CommandInput | undefined {
  // A closed meeting takes only undo: the keys send nothing the hub would refuse.
  if (isClosed(room.status) && shortcut !== 'undo') return undefined;
  switch (shortcut) {
    case 'primary':
      return primaryCommand(primaryAction(room));
    case 'next':
      return nextCommand(nextStarts(room.status, options));
    case 'previous':
      return { type: 'previousSpeaker' };
    case 'skip':
      return { type: 'skipSpeaker' };
    case 'plus':
      return { type: 'adjustTime', deltaMs: ADJUST_STEP_MS };
    case 'minus':
      return { type: 'adjustTime', deltaMs: -ADJUST_STEP_MS };
    case 'undo':
      return { type: 'undo' };
  }
}

/** The speaker with the floor, their place in the list, and who is next. */
export interface FloorView {
  speaker: Speaker | undefined;
  position: number;
  total: number;
  next: Speaker | undefined;
}

export function floorView(room: Pick<PublicRoomState, 'floor' | 'speakers'>): FloorView {
  const floorId = room.floor?.speakerId;
  const index = floorId === undefined ? -1 : room.speakers.findIndex((s) => s.id === floorId);
  return {
    speaker: room.speakers[index],
    position: index + 1,
    total: room.speakers.length,
    next: callOrder(room.speakers).find((s) => s.id !== floorId),
  };
}
