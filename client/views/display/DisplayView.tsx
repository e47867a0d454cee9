// Placeholder for the display route: a live summary of the room until the real view lands.
import { useRoomConnection } from '../../app/use-room.ts';
import { RoomSummary } from '../../shared-ui/RoomSummary.tsx';

export default function DisplayView(props: { roomId: string }) {
  const { store } = useRoomConnection(props.roomId, 'display');
  return <RoomSummary store={store} heading="Display" />;
}
