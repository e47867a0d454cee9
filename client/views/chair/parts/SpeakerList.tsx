import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Speaker } from '../../../../shared/domain/types.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { useChair } from '../chair-context.tsx';
import { dropIndex, stepIndex } from '../list-model.ts';
import { plural } from '../messages/chair-messages.ts';
import { useMeetingClosed } from '../use-closed.ts';
import { useDragReorder, type DragState } from '../use-drag-reorder.ts';
import { useProjection } from '../use-projection.tsx';
import { SpeakerRow } from './SpeakerRow.tsx';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

const NO_SPEAKERS: Speaker[] = [];

/**
 * The list of speakers, in speaking order, with each one's estimated start. Reordered by dragging
 * a row's handle, with its ↑ ↓ buttons, or with Alt+↑ / Alt+↓ on the handle.
 */
export function SpeakerList() {
  const { store, run } = useChair();
  const { texts, language } = useScreen<ChairMessages>();
  const speakers = useRoomSlice(store, (s) => s.room?.speakers ?? NO_SPEAKERS);
  const timeZone = useRoomSlice(store, (s) => s.room?.room.timeZone ?? 'UTC');
  const defaultLimitMs = useRoomSlice(store, (s) => s.room?.meeting?.defaultLimitMs ?? 0);
  const projection = useProjection();
  const readOnly = useMeetingClosed();
  const starts = useMemo(
    () => new Map(projection?.speakers.map((p) => [p.speakerId, p.estimatedStartAt])),
    [projection],
  );
  const [showSpoken, setShowSpoken] = useState(false);

  // After a move by keyboard, the focus stays on the moved speaker's handle.
  const focusAfterMove = useRef<string | null>(null);
  useEffect(() => {
    const id = focusAfterMove.current;
    if (id === null) return;
    const handle = [...document.querySelectorAll<HTMLElement>('[data-handle-for]')].find(
      (element) => element.dataset.handleFor === id,
    );
    if (handle && document.activeElement !== handle) handle.focus();
  }, [speakers]);

  const moveTo = useCallback(
    (speakerId: string, toIndex: number | undefined) => {
      if (toIndex === undefined) return;
      void run({ type: 'moveSpeaker', speakerId, toIndex }).finally(() => {
        // Kept until the answer: the list may change once before (another console's change).
        if (focusAfterMove.current === speakerId) focusAfterMove.current = null;
      });
    },
    [run],
  );
  const move = useCallback(
    (speakerId: string, delta: -1 | 1) => {
      const current = store.getState().room?.speakers ?? [];
      focusAfterMove.current = speakerId;
      moveTo(speakerId, stepIndex(current, speakerId, delta));
    },
    [store, moveTo],
  );
  const { drag, handlers } = useDragReorder((dropped: DragState) => {
    const current = store.getState().room?.speakers ?? [];
    moveTo(
      dropped.speakerId,
      dropIndex(current, dropped.speakerId, dropped.overIndex, dropped.side),
    );
  });

  const spoken = speakers.filter((s) => s.status === 'spoken').length;
  const firstMovable = speakers.findIndex((s) => s.status === 'waiting' || s.status === 'absent');
  if (speakers.length === 0) return <p className="chair-empty">{texts.emptyList}</p>;
  return (
    <>
      {spoken > 0 && (
        <button
          type="button"
          className="chair-toggle-spoken"
          aria-expanded={showSpoken}
          onClick={() => setShowSpoken(!showSpoken)}
        >
          {showSpoken ? texts.hideSpoken : plural(texts.showSpoken, spoken, language)}
        </button>
      )}
      <div className="chair-list-head" aria-hidden="true">
        <span className="chair-head-handle" />
        <span>{texts.columns.order}</span>
        <span>{texts.columns.delegation}</span>
        <span>{texts.columns.limit}</span>
        <span>{texts.columns.estimatedStart}</span>
        <span>{texts.columns.actions}</span>
      </div>
      <ol className="chair-list" aria-label={texts.tabs.list} data-dragging={drag ? '' : undefined}>
        {speakers.map((speaker, index) =>
          !showSpoken && speaker.status === 'spoken' ? null : (
            <SpeakerRow
              key={speaker.id}
              speaker={speaker}
              index={index}
              // Once adjourned nobody is to be reached: no estimate, rather than "not reached".
              estimatedStartAt={readOnly ? undefined : starts.get(speaker.id)}
              timeZone={timeZone}
              defaultLimitMs={defaultLimitMs}
              canMoveUp={firstMovable >= 0 && index > firstMovable}
              canMoveDown={index < speakers.length - 1}
              dropSide={
                drag && drag.overIndex === index && drag.speakerId !== speaker.id
                  ? drag.side
                  : undefined
              }
              dragging={drag?.speakerId === speaker.id}
              drag={handlers}
              onMove={move}
              readOnly={readOnly}
            />
          ),
        )}
      </ol>
    </>
  );
}
