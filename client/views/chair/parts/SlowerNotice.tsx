// The interpreters' "slower, please" beside the console's clock, for as long as the lectern shows
// it (15 s on the hub's clock): the chair may want to relay it. Which booth asked is not known.
import { useRoomSlice } from '../../../app/use-room.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import { Tortoise } from '../../../view-kit/Tortoise.tsx';
import { useSlowerShown } from '../../../view-kit/use-slower-shown.ts';
import type { ChairMessages } from '../messages/chair-messages.ts';

export function SlowerNotice() {
  const { store, texts } = useScreen<ChairMessages>();
  const slowerAt = useRoomSlice(store, (s) => s.room?.floor?.slowerAt);
  if (useSlowerShown(slowerAt) === undefined) return null;
  return (
    <p className="chair-slower" role="status">
      <Tortoise className="chair-slower-symbol" />
      {texts.booths.slower}
    </p>
  );
}
