import type { WallMessage } from '../display-model.ts';

/** A suspension, an adjournment or an announcement, in place of the speaker panel. */
export function WallMessagePanel(props: { message: WallMessage }) {
  return (
    <section className="wall-message" data-kind={props.message.kind} role="status">
      <h2>{props.message.heading}</h2>
      {props.message.body && <p>{props.message.body}</p>}
    </section>
  );
}
