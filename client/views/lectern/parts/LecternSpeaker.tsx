// Whose clock it is: the delegation on the floor, small, above the digits. The speaker who walks
// to the rostrum sees at once that the clock now counts their time (not the last speaker's), and
// the chair's desk which speech it is. Their place in the list, their name and title stay on the
// wall: the lectern says only what the speaker needs.
import { delegationName } from '../../../../shared/delegations/display-name.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { nameLength } from '../../../view-kit/FloorSpeaker.tsx';
import { floorSpeaker } from '../../../view-kit/room-words.ts';
import { useScreen } from '../../../view-kit/screen.tsx';

export function LecternSpeaker() {
  const { store, language } = useScreen();
  // A string: the clock's changes and the list's other speakers do not re-render this.
  const delegation = useRoomSlice(store, (s) =>
    s.room ? floorSpeaker(s.room)?.speaker.delegation : undefined,
  );
  if (delegation === undefined) return null;
  const name = delegationName(delegation, language);
  return (
    <p className="lectern-speaker" data-length={nameLength(name)}>
      {/* The chair's words: isolated, so a Latin name keeps its order on an Arabic screen. */}
      <bdi>{name}</bdi>
    </p>
  );
}
