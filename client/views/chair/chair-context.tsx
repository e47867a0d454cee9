// What every part of the console shares: the room's store and `run`, the one way a part sends a
// command, with the status line that answers it; the console's language and texts are the
// screen's (useScreen, useTexts). `send` is given from outside: the connection on
// the page, a test double in component tests.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CommandInput } from '../../../shared/domain/commands.ts';
import type { UnLanguage } from '../../../shared/domain/types.ts';
import type { CommandAck } from '../../../shared/protocol.ts';
import type { LiveRoom } from '../../store/live-room.ts';
import {
  createStatusStore,
  outcomeOf,
  pendingText,
  type StatusKind,
  type StatusStore,
} from './command-status.ts';
import { chairMessages } from './messages/chair-messages.ts';
import { ScreenProvider } from '../../view-kit/screen.tsx';

/** Sends one command to the hub and resolves with its acknowledgement. */
export type SendCommand = (command: CommandInput) => Promise<CommandAck>;

export interface ChairContextValue {
  store: LiveRoom;
  roomId: string;
  status: StatusStore;
  /**
   * Sends a command made on the state on screen (its version as expectedVersion, so a stale
   * console is refused with `conflict`) and reports the outcome on the status line.
   */
  run: (command: CommandInput) => Promise<CommandAck>;
  /** Says something on the status line without asking the hub. */
  note: (text: string) => void;
}

const ChairContext = createContext<ChairContextValue | null>(null);

function makeContext(props: {
  store: LiveRoom;
  send: SendCommand;
  roomId: string;
  language: UnLanguage;
  status: StatusStore;
}): ChairContextValue {
  const { store, send, status, language } = props;
  const texts = chairMessages(language);
  const set = (kind: StatusKind, text: string) =>
    status.setState((s) => ({ kind, text, seq: s.seq + 1 }));
  return {
    store,
    roomId: props.roomId,
    status,
    note: (text) => set('note', text),
    async run(command) {
      const room = store.getState().room;
      if (!room) {
        set('refused', texts.notConnected);
        return { ok: false, error: { code: 'internal', message: texts.notConnected } };
      }
      set('pending', pendingText(command, texts));
      const ack = await send({ ...command, expectedVersion: room.version });
      const outcome = outcomeOf(command, ack, texts);
      set(outcome.kind, outcome.text);
      return ack;
    },
  };
}

export function ChairProvider(props: {
  store: LiveRoom;
  send: SendCommand;
  roomId: string;
  language: UnLanguage;
  children: ReactNode;
}) {
  const [status] = useState(createStatusStore);
  const { store, send, roomId, language } = props;
  // One value for as long as its inputs hold: a new one would re-render every part of the console.
  const value = useMemo(
    () => makeContext({ store, send, roomId, language, status }),
    [store, send, roomId, language, status],
  );
  const screen = useMemo(
    () => ({ store, language, texts: chairMessages(language) }),
    [store, language],
  );
  // The console's room, language and texts are the screen's (view-kit/screen.tsx); the chair's
  // own context adds what only the console has: sending commands and the status line.
  return (
    <ScreenProvider value={screen}>
      <ChairContext.Provider value={value}>{props.children}</ChairContext.Provider>
    </ScreenProvider>
  );
}

/** The console's shared parts; only inside a ChairProvider. */
export function useChair(): ChairContextValue {
  const value = useContext(ChairContext);
  if (!value) throw new Error('useChair is used outside the chair console');
  return value;
}
