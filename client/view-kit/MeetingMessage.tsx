// A suspension, an adjournment, a break between sittings or the chair's announcement, worded the
// same on every screen (room-words.ts) and styled through the screen's prefix.
import { useShallow } from 'zustand/react/shallow';
import { useRoomSlice } from '../app/use-room.ts';
import type { RoomPhase } from './room-phase.ts';
import { meetingMessage, type MeetingMessage as Message } from './room-words.ts';
import { useScreen } from './screen.tsx';

/** Above this many characters a message is set smaller, so that the longest (500) still fits. */
const LONG_MESSAGE = 200;

/** The message the room should read now, if any (compared field by field: rebuilt each update). */
export function useMeetingMessage(phase: RoomPhase | undefined): Message | undefined {
  const { store, language, texts } = useScreen();
  return useRoomSlice(
    store,
    useShallow((s) => (s.room ? meetingMessage(s.room, texts, { phase, language }) : undefined)),
  );
}

/** One message as a screen shows it. The body is the chair's words: isolated (<bdi>). */
export function MessagePanel(props: { prefix: string; message: Message }) {
  const { message } = props;
  return (
    <section className={`${props.prefix}-message`} data-kind={message.kind} role="status">
      <h2>{message.heading}</h2>
      {message.body && (
        <p data-length={message.body.length > LONG_MESSAGE ? 'long' : 'short'}>
          <bdi>{message.body}</bdi>
        </p>
      )}
    </section>
  );
}

/** The room's message now, or nothing. */
export function MeetingMessage(props: { prefix: string; phase: RoomPhase | undefined }) {
  const message = useMeetingMessage(props.phase);
  return message ? <MessagePanel prefix={props.prefix} message={message} /> : null;
}
