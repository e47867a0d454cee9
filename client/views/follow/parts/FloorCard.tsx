import { useRoomSlice } from '../../../app/use-room.ts';
import { Countdown } from '../../../view-kit/Countdown.tsx';
import { FloorSpeaker } from '../../../view-kit/FloorSpeaker.tsx';
import { floorSpeaker } from '../../../view-kit/room-words.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { FollowMessages } from '../messages/follow-messages.ts';

/** Who has the floor, and the time left: the countdown alone re-renders as time passes. */
export function FloorCard() {
  const { store, texts } = useScreen<FollowMessages>();
  const hasSpeaker = useRoomSlice(store, (s) => (s.room ? !!floorSpeaker(s.room) : false));
  return (
    <section className="follow-floor" aria-labelledby="follow-floor-heading">
      <h2 id="follow-floor-heading" className="follow-label">
        {texts.onTheFloor}
      </h2>
      {hasSpeaker ? (
        <div className="follow-floor-body">
          <FloorSpeaker prefix="follow-floor" as="p" />
          <Countdown prefix="follow" />
        </div>
      ) : (
        <p className="follow-floor-empty">{texts.floorOpen}</p>
      )}
    </section>
  );
}
