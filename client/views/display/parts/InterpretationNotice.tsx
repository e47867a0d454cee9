import { localized } from '../../../../shared/domain/localized.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { joinList, languageNames } from '../../../i18n/language.ts';
import { useLanguage } from '../../../i18n/language-context.tsx';
import { format } from '../../../i18n/format.ts';
import type { LiveRoom } from '../../../store/live-room.ts';

/** Always on screen while interpretation is not fully available. */
export function InterpretationNotice(props: { store: LiveRoom }) {
  const { language, messages } = useLanguage();
  const interpretation = useRoomSlice(props.store, (s) => s.room?.interpretation);
  if (!interpretation || interpretation.status === 'available') return null;
  const text =
    interpretation.status === 'unavailable'
      ? messages.interpretationUnavailable
      : format(messages.interpretationPartial, {
          languages: joinList(languageNames(interpretation.languages, language), language),
        });
  return (
    <aside className="wall-notice" role="status">
      <span aria-hidden="true">⚠</span> {text}
      {interpretation.note && (
        <span className="wall-notice-note">
          {' · '}
          <bdi>{localized(interpretation.note, interpretation.noteTranslations, language)}</bdi>
        </span>
      )}
    </aside>
  );
}
