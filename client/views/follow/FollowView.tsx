// Placeholder for the follow route: a live summary of the room until the real view lands.
import { useRoomConnection } from '../../app/use-room.ts';
import { RoomSummary } from '../../shared-ui/RoomSummary.tsx';

export default function FollowView(props: { roomId: string }) {
  const { store } = useRoomConnection(props.roomId, 'follower');
  return <RoomSummary store={store} heading="Follow" />;
}
