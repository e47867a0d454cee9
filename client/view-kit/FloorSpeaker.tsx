// Who has the floor, the same on every screen: the place in the list, the delegation (named as
// the UN names it, in the screen's language), the speaker's name and title, and the group spoken
// for. Each screen styles and orders the lines through its prefix.
import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { delegationName } from '../../shared/delegations/display-name.ts';
import { useRoomSlice } from '../app/use-room.ts';
import { format } from '../i18n/format.ts';
import { floorSpeaker } from './room-words.ts';
import { useScreen } from './screen.tsx';

/** How long a name is, for sizing it so that it is never cut. */
export function nameLength(name: string): 'short' | 'medium' | 'long' {
  if (name.length > 36) return 'long';
  return name.length > 22 ? 'medium' : 'short';
}

/**
 * The speaker on the floor, or nothing while nobody has it. Only the speaker and their place are
 * read: a running clock or a pause does not re-render this.
 */
export function FloorSpeaker(props: {
  prefix: string;
  /** The delegation's element: the screen's heading, or a line under the screen's own. */
  as?: 'h2' | 'p';
  /** Said after the place in the list (the console's "second call"). */
  afterPosition?: ReactNode;
}) {
  const { store, language, texts } = useScreen();
  const current = useRoomSlice(
    store,
    useShallow((s) => {
      const found = s.room ? floorSpeaker(s.room) : undefined;
      return { speaker: found?.speaker, position: found?.position, total: found?.total };
    }),
  );
  const { speaker } = current;
  if (!speaker) return null;
  const { prefix } = props;
  const Name = props.as ?? 'h2';
  const name = delegationName(speaker.delegation, language);
  const person = [speaker.speakerName, speaker.title].filter(Boolean).join(', ');
  // The group's name sits inside the sentence: the words around it are the language's own.
  const [beforeGroup = '', afterGroup = ''] = texts.onBehalfOf.split('{group}');
  return (
    <div className={`${prefix}-speaker`}>
      <p className={`${prefix}-position`}>
        {format(texts.speakerOf, { n: current.position ?? 0, total: current.total ?? 0 })}
        {props.afterPosition}
      </p>
      <Name className={`${prefix}-delegation`} data-length={nameLength(name)}>
        {/* Texts typed by the chair are isolated: English on an Arabic screen keeps its order. */}
        <bdi>{name}</bdi>
      </Name>
      {person && (
        <p className={`${prefix}-person`}>
          <bdi>{person}</bdi>
        </p>
      )}
      {speaker.onBehalfOf && (
        <p className={`${prefix}-behalf`}>
          {beforeGroup}
          <bdi>{delegationName(speaker.onBehalfOf, language)}</bdi>
          {afterGroup}
        </p>
      )}
    </div>
  );
}
