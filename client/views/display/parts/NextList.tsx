import { delegationName } from '../../../../shared/delegations/display-name.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { WallTexts } from '../wall-texts.ts';
import type { LiveRoom } from '../../../store/live-room.ts';
import { nameLength, nextSpeakers } from '../display-model.ts';

/** The next speakers. Re-renders only when the list changes, never as the clock runs. */
export function NextList(props: { store: LiveRoom }) {
  const { language, texts } = useScreen<WallTexts>();
  const speakers = useRoomSlice(props.store, (s) => s.room?.speakers);
  const listOpen = useRoomSlice(props.store, (s) => s.room?.listOpen ?? true);
  if (!speakers) return null;
  const next = nextSpeakers(speakers);
  return (
    <section className="wall-next">
      <h2>{texts.nextSpeakers}</h2>
      {next.length === 0 ? (
        <p>{texts.noMoreSpeakers}</p>
      ) : (
        <ol>
          {next.map((s) => (
            <li key={s.id}>
              <NextName name={delegationName(s.delegation, language)} />
              {s.onBehalfOf && (
                <span className="wall-next-behalf">
                  <bdi>{delegationName(s.onBehalfOf, language)}</bdi>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {!listOpen && <p className="wall-list-closed">{texts.listClosed}</p>}
    </section>
  );
}

/**
 * The name is isolated (<bdi>) inside the line, so an organization's English name on an Arabic
 * wall keeps its order while the line keeps the wall's alignment.
 */
function NextName(props: { name: string }) {
  return (
    <span className="wall-next-name" data-length={nameLength(props.name)}>
      <bdi>{props.name}</bdi>
    </span>
  );
}
