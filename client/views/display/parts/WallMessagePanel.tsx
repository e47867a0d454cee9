import type { MeetingMessage } from '../../../shared-ui/room-words.ts';

/** Above this many characters a message is set smaller, so that the longest (500) still fits. */
const LONG_MESSAGE = 200;

/**
 * A suspension, an adjournment or an announcement, in place of the speaker panel. The body is
 * isolated (<bdi>): an announcement in English on an Arabic wall keeps its order.
 */
export function WallMessagePanel(props: { message: MeetingMessage }) {
  return (
    <section className="wall-message" data-kind={props.message.kind} role="status">
      <h2>{props.message.heading}</h2>
      {props.message.body && (
        <p data-length={props.message.body.length > LONG_MESSAGE ? 'long' : 'short'}>
          <bdi>{props.message.body}</bdi>
        </p>
      )}
    </section>
  );
}
