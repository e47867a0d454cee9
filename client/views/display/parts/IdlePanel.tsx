import { localized } from '../../../../shared/domain/localized.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { WallTexts } from '../wall-texts.ts';
import type { RoomPhase } from '../../../view-kit/room-phase.ts';
import type { LiveRoom } from '../../../store/live-room.ts';
import { NextMeeting } from './NextMeeting.tsx';

/**
 * The wall while no meeting runs in the room, in place of the floor: that the meeting is
 * adjourned (with the chair's last announcement, if any), then what is scheduled next.
 */
export function IdlePanel(props: {
  store: LiveRoom;
  phase: Extract<RoomPhase, { kind: 'noMeeting' | 'adjourned' }>;
}) {
  const { language, texts } = useScreen<WallTexts>();
  const timeZone = useRoomSlice(props.store, (s) => s.room?.room.timeZone ?? 'UTC');
  const announcement = useRoomSlice(props.store, (s) => s.room?.announcement);
  const adjourned = props.phase.kind === 'adjourned';
  return (
    <section className="wall-idle" data-phase={props.phase.kind} role="status">
      {adjourned && (
        <div className="wall-idle-adjourned">
          <h2>{texts.meetingAdjourned}</h2>
          {announcement && (
            <p>
              <bdi>{localized(announcement.text, announcement.textTranslations, language)}</bdi>
            </p>
          )}
        </div>
      )}
      <NextMeeting next={props.phase.next} timeZone={timeZone} />
    </section>
  );
}
