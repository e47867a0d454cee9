// The interpretation notice, on every screen while interpretation is not fully provided: which
// languages have it and which do not, and the chair's note. Styled through the screen's prefix.
import { localized } from '../../shared/domain/localized.ts';
import { useRoomSlice } from '../app/use-room.ts';
import { interpretationWords } from './room-words.ts';
import { useScreen } from './screen.tsx';

export function InterpretationNotice(props: { prefix: string }) {
  const { store, language, texts } = useScreen();
  const interpretation = useRoomSlice(store, (s) => s.room?.interpretation);
  if (!interpretation || interpretation.status === 'available') return null;
  return (
    <aside className={`${props.prefix}-notice`} role="status">
      <span aria-hidden="true">⚠ </span>
      {interpretationWords(interpretation, texts, language)}
      {interpretation.note && (
        <span className={`${props.prefix}-notice-note`}>
          {' · '}
          <bdi>{localized(interpretation.note, interpretation.noteTranslations, language)}</bdi>
        </span>
      )}
    </aside>
  );
}
