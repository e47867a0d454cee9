// What every screen is built on: one provider for the live room, the screen's language and its
// texts, and the client's clock; one `useScreen()` / `useTexts()` to read them. Each screen's texts
// extend the words every screen shares (MeetingTexts), so the kit's parts (Countdown, notices,
// the speaker on the floor) read the same words on the wall, the phone, the console, the lectern
// and the booths.
import { createContext, useContext, type ReactNode } from 'react';
import type { UnLanguage } from '../../shared/domain/types.ts';
import type { MeetingTexts } from '../i18n/meeting-texts/meeting-texts.ts';
import type { LiveRoom } from '../store/live-room.ts';
import { ClientClockProvider, type ClientClock } from './client-clock.tsx';

export interface Screen<Texts extends MeetingTexts = MeetingTexts> {
  store: LiveRoom;
  language: UnLanguage;
  texts: Texts;
}

const ScreenContext = createContext<Screen | null>(null);

export function ScreenProvider<Texts extends MeetingTexts>(props: {
  value: Screen<Texts>;
  /** A clock the test steps itself; the real one otherwise. */
  clock?: ClientClock;
  children: ReactNode;
}) {
  const inner = (
    <ScreenContext.Provider value={props.value}>{props.children}</ScreenContext.Provider>
  );
  return props.clock ? (
    <ClientClockProvider clock={props.clock}>{inner}</ClientClockProvider>
  ) : (
    inner
  );
}

/**
 * The screen's room, language and texts. `Texts` is the screen's own texts type: a part asks
 * for the type of the screen it belongs to, and the kit's parts for the shared words only.
 */
export function useScreen<Texts extends MeetingTexts = MeetingTexts>(): Screen<Texts> {
  const value = useContext(ScreenContext);
  if (!value) throw new Error('useScreen outside a ScreenProvider');
  // The provider was given the screen's texts; its parts name that type.
  return value as Screen<Texts>;
}

/** The screen's texts, in its language. */
export function useTexts<Texts extends MeetingTexts = MeetingTexts>(): Texts {
  return useScreen<Texts>().texts;
}
