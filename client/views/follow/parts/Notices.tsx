import { localized } from '../../../../shared/domain/localized.ts';
import { useShallow } from 'zustand/react/shallow';
import { useRoomSlice } from '../../../app/use-room.ts';
import type { LiveRoom } from '../../../store/live-room.ts';
import { meetingMessage } from '../../../shared-ui/room-words.ts';
import type { RoomPhase } from '../../../shared-ui/room-phase.ts';
import { useFollowText } from '../follow-text.tsx';
import { format } from '../../../i18n/format.ts';
import { joinList, languageNames } from '../../../i18n/language.ts';

/** The interpretation notice, while interpretation is not fully available. */
export function InterpretationNotice(props: { store: LiveRoom }) {
  const { language, text } = useFollowText();
  const interpretation = useRoomSlice(props.store, (s) => s.room?.interpretation);
  if (!interpretation || interpretation.status === 'available') return null;
  const words =
    interpretation.status === 'unavailable'
      ? text.interpretationUnavailable
      : format(text.interpretationPartial, {
          languages: joinList(languageNames(interpretation.languages, language), language),
        });
  return (
    <p className="follow-notice">
      <span aria-hidden="true">⚠ </span>
      {words}
      {interpretation.note && (
        <span className="follow-notice-note">
          {' · '}
          <bdi>{localized(interpretation.note, interpretation.noteTranslations, language)}</bdi>
        </span>
      )}
    </p>
  );
}

/**
 * A suspension, an adjournment, a break between sittings or the chair's announcement, as the
 * wall shows it.
 */
export function MeetingMessage(props: { store: LiveRoom; phase: RoomPhase | undefined }) {
  const { language, text } = useFollowText();
  const { phase } = props;
  // Compared field by field: the message is rebuilt on every update, its content rarely changes.
  const message = useRoomSlice(
    props.store,
    useShallow((s) => (s.room ? meetingMessage(s.room, text, { phase, language }) : undefined)),
  );
  if (!message) return null;
  return (
    <section className="follow-message" data-kind={message.kind} role="status">
      <h2>{message.heading}</h2>
      {message.body && (
        <p>
          <bdi>{message.body}</bdi>
        </p>
      )}
    </section>
  );
}
