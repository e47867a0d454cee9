import { useState } from 'react';
import type { DelegationTurn } from '../follow-model.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { FollowMessages } from '../messages/follow-messages.ts';

/**
 * The on-page alert, always there while the delegation is two speakers away or closer, whatever
 * the phone may vibrate or notify; the delegate can dismiss it.
 */
export function TurnAlert(props: {
  turn: Extract<DelegationTurn, { kind: 'waiting' }>;
  message: string;
}) {
  const { texts } = useScreen<FollowMessages>();
  // Dismissed for this place only: "you are next" comes back after "2nd in line" was put away.
  const shownFor = `${props.turn.speakerId}@${props.turn.place}`;
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  if (dismissedFor === shownFor) return null;
  return (
    <div className="follow-alert" role="alert">
      <p>{props.message}</p>
      <button
        type="button"
        className="follow-button-quiet"
        onClick={() => setDismissedFor(shownFor)}
      >
        {texts.dismiss}
      </button>
    </div>
  );
}
