import { delegationName } from '../../../../shared/delegations/display-name.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import type { LiveRoom } from '../../../store/live-room.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { FollowMessages } from '../messages/follow-messages.ts';
import { format } from '../../../i18n/format.ts';

/**
 * A polite live region that a screen reader reads when the floor changes hands. It holds one
 * sentence that changes with the speaker only: the countdown is never in it.
 */
export function SpeakerAnnouncer(props: { store: LiveRoom }) {
  const { language, texts } = useScreen<FollowMessages>();
  const delegation = useRoomSlice(props.store, (s) => {
    const id = s.room?.floor?.speakerId;
    return id === undefined
      ? null
      : (s.room?.speakers.find((x) => x.id === id)?.delegation ?? null);
  });
  const sentence =
    delegation === null
      ? texts.floorOpen
      : format(texts.nowSpeaking, { name: delegationName(delegation, language) });
  return (
    <p className="follow-visually-hidden follow-announcer" aria-live="polite" aria-atomic="true">
      {sentence}
    </p>
  );
}
