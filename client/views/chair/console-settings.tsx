// What the chair sets up on this console and the browser keeps (localStorage): whether calling the
// next speaker starts the clock, per room (one room's chair may want it, another's not), and
// whether the Keys list is open. Storage may be missing or refuse (private browsing, a full
// quota): a choice then holds for this visit only.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface ConsoleSettings {
  /** Next (the button, PageDown, →) sends nextSpeaker with start: true. Off unless chosen. */
  callStarts: boolean;
  /** The Keys list is shown. Open until the chair closes it. */
  keysOpen: boolean;
}

/** Where each setting is kept in the browser's storage. */
export function settingKeys(roomId: string): Record<keyof ConsoleSettings, string> {
  return { callStarts: `rostrum.chair.${roomId}.callStarts`, keysOpen: 'rostrum.chair.keysOpen' };
}

/** The parts of Storage the settings use. */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

const DEFAULTS: ConsoleSettings = { callStarts: false, keysOpen: true };

/** The page's localStorage, or none when the browser will not give it (a sandboxed frame). */
function pageStorage(): SettingsStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function readFlag(storage: SettingsStorage | undefined, key: string, fallback: boolean): boolean {
  try {
    const kept = storage?.getItem(key);
    return kept === 'true' ? true : kept === 'false' ? false : fallback;
  } catch {
    return fallback;
  }
}

function writeFlag(storage: SettingsStorage | undefined, key: string, value: boolean): void {
  try {
    storage?.setItem(key, String(value));
  } catch {
    // Nothing to do: the choice holds for this visit only.
  }
}

export interface ConsoleSettingsStore {
  store: StoreApi<ConsoleSettings>;
  /** Changes one setting, for this console now and in the browser for the next visit. */
  set(name: keyof ConsoleSettings, value: boolean): void;
}

/** The settings of the console of `roomId`, as this browser kept them. */
export function createConsoleSettings(
  roomId: string,
  storage: SettingsStorage | undefined = pageStorage(),
): ConsoleSettingsStore {
  const keys = settingKeys(roomId);
  const store = createStore<ConsoleSettings>(() => ({
    callStarts: readFlag(storage, keys.callStarts, DEFAULTS.callStarts),
    keysOpen: readFlag(storage, keys.keysOpen, DEFAULTS.keysOpen),
  }));
  return {
    store,
    set(name, value) {
      writeFlag(storage, keys[name], value);
      store.setState({ [name]: value });
    },
  };
}

const SettingsContext = createContext<ConsoleSettingsStore | null>(null);

export function ConsoleSettingsProvider(props: { roomId: string; children: ReactNode }) {
  const { roomId } = props;
  const settings = useMemo(() => createConsoleSettings(roomId), [roomId]);
  return <SettingsContext.Provider value={settings}>{props.children}</SettingsContext.Provider>;
}

/** The console's settings; only inside a ConsoleSettingsProvider. */
export function useConsoleSettings(): ConsoleSettingsStore {
  const settings = useContext(SettingsContext);
  if (!settings) throw new Error('useConsoleSettings is used outside the chair console');
  return settings;
}

/** One setting, re-rendering only when it changes. */
export function useConsoleSetting(name: keyof ConsoleSettings): boolean {
  return useStore(useConsoleSettings().store, (s) => s[name]);
}
