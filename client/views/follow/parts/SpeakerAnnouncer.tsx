import { delegationName } from '../../../../shared/delegations/display-name.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import type { LiveRoom } from '../../../store/live-room.ts';
import { useFollowText } from '../follow-text.tsx';
import { format } from '../../../i18n/format.ts';

/**
 * A polite live region that a screen reader reads when the floor changes hands. It holds one
 * sentence that changes with the speaker only: the countdown is never in it.
 */
export function SpeakerAnnouncer(props: { store: LiveRoom }) {
  const { language, text } = useFollowText();
  const delegation = useRoomSlice(props.store, (s) => {
    const id = s.room?.floor?.speakerId;
    return id === undefined
      ? null
      : (s.room?.speakers.find((x) => x.id === id)?.delegation ?? null);
  });
  const sentence =
    delegation === null
      ? text.floorOpen
      : format(text.nowSpeaking, { name: delegationName(delegation, language) });
  return (
    <p className="follow-visually-hidden follow-announcer" aria-live="polite" aria-atomic="true">
      {sentence}
    </p>
  );
}
