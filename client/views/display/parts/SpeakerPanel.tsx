import { useShallow } from 'zustand/react/shallow';
import { delegationName } from '../../../../shared/delegations/display-name.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { useLanguage } from '../../../i18n/language-context.tsx';
import { format } from '../../../i18n/format.ts';
import type { LiveRoom } from '../../../store/live-room.ts';
import { floorSpeaker } from '../../../shared-ui/room-words.ts';
import { nameLength } from '../display-model.ts';

/** Who has the floor: delegation, speaker, group spoken for, place in the list. */
export function SpeakerPanel(props: { store: LiveRoom }) {
  const { language, messages } = useLanguage();
  // Only the speaker and their place: a running clock or a pause does not re-render this.
  const current = useRoomSlice(
    props.store,
    useShallow((s) => {
      const found = s.room ? floorSpeaker(s.room) : undefined;
      return { speaker: found?.speaker, position: found?.position, total: found?.total };
    }),
  );
  if (!current.speaker) {
    return (
      <section className="wall-speaker wall-speaker-empty" aria-live="polite">
        <p className="wall-delegation">{messages.floorOpen}</p>
      </section>
    );
  }
  const { speaker } = current;
  const person = [speaker.title, speaker.speakerName].filter(Boolean).join(' ');
  const name = delegationName(speaker.delegation, language);
  // Texts typed by the chair are isolated (<bdi>): English on an Arabic wall keeps its order.
  const [beforeGroup = '', afterGroup = ''] = messages.onBehalfOf.split('{group}');
  return (
    <section className="wall-speaker" aria-live="polite">
      <p className="wall-position">
        {format(messages.speakerOf, { n: current.position ?? 0, total: current.total ?? 0 })}
      </p>
      <h2 className="wall-delegation" data-length={nameLength(name)}>
        <bdi>{name}</bdi>
      </h2>
      {person && (
        <p className="wall-person">
          <bdi>{person}</bdi>
        </p>
      )}
      {speaker.onBehalfOf && (
        <p className="wall-behalf">
          {beforeGroup}
          <bdi>{delegationName(speaker.onBehalfOf, language)}</bdi>
          {afterGroup}
        </p>
      )}
    </section>
  );
}
