import { memo, useState, type KeyboardEvent } from 'react';
import { delegationName } from '../../../../shared/delegations/display-name.ts';
import { MAX_PASSES } from '../../../../shared/domain/list-order.ts';
import type { Speaker } from '../../../../shared/domain/types.ts';
import type { EpochMs } from '../../../../shared/time.ts';
import { localTimeAt } from '../../../../shared/zoned-time.ts';
import { format } from '../../../i18n/format.ts';
import { useChair } from '../chair-context.tsx';
import { formatLimit } from '../typed-time.ts';
import { isStillToSpeak } from '../list-model.ts';
import type { ChairMessages } from '../messages/chair-messages.ts';
import type { DragHandlers } from '../use-drag-reorder.ts';
import { ConfirmBar } from './ConfirmBar.tsx';
import { SpeakerForm } from './SpeakerForm.tsx';
import { useScreen } from '../../../view-kit/screen.tsx';

/**
 * When the speaker speaks, in one column: has the floor, has spoken, the estimated start (room
 * time), not reached, or absent (with the start of their second call, if they get one).
 */
function whenText(
  speaker: Speaker,
  estimatedStartAt: EpochMs | null | undefined,
  timeZone: string,
  texts: ChairMessages,
): string {
  const start =
    estimatedStartAt === null
      ? texts.notReached
      : estimatedStartAt === undefined
        ? ''
        : localTimeAt(estimatedStartAt, timeZone);
  switch (speaker.status) {
    case 'speaking':
    case 'spoken':
      return texts.speakerStatus[speaker.status];
    case 'waiting':
      return start;
    case 'absent':
      return (speaker.passedOver ?? 0) >= MAX_PASSES
        ? texts.speakerStatus.absentFinal
        : `${texts.speakerStatus.absent} · ${start}`;
  }
}

export interface SpeakerRowProps {
  speaker: Speaker;
  /** Index in the whole list (moveSpeaker and addSpeaker count in it). */
  index: number;
  /** Estimated start (undefined: not projected; null: not reached before the last sitting). */
  estimatedStartAt: EpochMs | null | undefined;
  timeZone: string;
  defaultLimitMs: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** Where a dragged row would land, relative to this one. */
  dropSide: 'before' | 'after' | undefined;
  dragging: boolean;
  drag: DragHandlers;
  onMove: (speakerId: string, delta: -1 | 1) => void;
  /** The meeting is adjourned: the row is read, not changed (the hub takes only undo). */
  readOnly: boolean;
}

/**
 * One entry of the list: its place, delegation and speaker, limit, estimated start and status,
 * and what can be done with it. Memoised: the clock never re-renders it, and a change to one
 * speaker re-renders that row alone.
 */
export const SpeakerRow = memo(function SpeakerRow(props: SpeakerRowProps) {
  const { run } = useChair();
  const { texts, language } = useScreen<ChairMessages>();
  const [mode, setMode] = useState<'view' | 'edit' | 'remove'>('view');
  const { speaker } = props;
  const name = delegationName(speaker.delegation, language);
  const movable = isStillToSpeak(speaker) && !props.readOnly;
  const onHandleKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    props.onMove(speaker.id, event.key === 'ArrowUp' ? -1 : 1);
  };
  const details = [speaker.speakerName, speaker.title].filter(Boolean).join(', ');
  const when = whenText(speaker, props.estimatedStartAt, props.timeZone, texts);
  return (
    <li
      className="chair-row"
      data-row-index={props.index}
      data-speaker-id={speaker.id}
      data-status={speaker.status}
      data-drop={props.dropSide}
      data-dragging={props.dragging || undefined}
      data-unreached={props.estimatedStartAt === null || undefined}
    >
      <div className="chair-row-main">
        {movable ? (
          <button
            type="button"
            className="chair-handle"
            data-handle-for={speaker.id}
            aria-label={format(texts.dragHandle, { name })}
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
            onKeyDown={onHandleKey}
            onPointerDown={(event) => props.drag.down(event, speaker.id, props.index)}
            onPointerMove={props.drag.move}
            onPointerUp={props.drag.up}
            onPointerCancel={props.drag.cancel}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        ) : (
          <span className="chair-handle-space" />
        )}
        <span className="chair-row-order">{props.index + 1}</span>
        <div className="chair-row-who">
          <span className="chair-row-delegation">
            <bdi>{name}</bdi>
          </span>
          <span className="chair-row-details">
            {details && <bdi>{details}</bdi>}
            {speaker.onBehalfOf && (
              <bdi>
                {format(texts.onBehalfOf, {
                  group: delegationName(speaker.onBehalfOf, language),
                })}
              </bdi>
            )}
            <span className="chair-row-category">{texts.categories[speaker.category]}</span>
          </span>
        </div>
        <span
          className="chair-row-limit"
          data-own={speaker.limitMs !== null || undefined}
          data-label={texts.columns.limit}
        >
          {formatLimit(speaker.limitMs ?? props.defaultLimitMs)}
        </span>
        <span className="chair-row-when">{when}</span>
        <div className="chair-row-actions">
          {movable && (
            <>
              <button
                type="button"
                className="chair-icon"
                aria-label={`${texts.moveUp}: ${name}`}
                title={texts.moveUp}
                disabled={!props.canMoveUp}
                onClick={() => props.onMove(speaker.id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="chair-icon"
                aria-label={`${texts.moveDown}: ${name}`}
                title={texts.moveDown}
                disabled={!props.canMoveDown}
                onClick={() => props.onMove(speaker.id, 1)}
              >
                ↓
              </button>
            </>
          )}
          <button
            type="button"
            disabled={props.readOnly}
            onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}
          >
            {texts.edit}
          </button>
          {movable && (
            <button type="button" className="chair-danger-text" onClick={() => setMode('remove')}>
              {texts.remove}
            </button>
          )}
        </div>
      </div>
      {mode === 'remove' && !props.readOnly && (
        <ConfirmBar
          question={format(texts.confirmRemove, { name })}
          confirm={texts.remove}
          cancel={texts.cancel}
          onConfirm={() => {
            setMode('view');
            void run({ type: 'removeSpeaker', speakerId: speaker.id });
          }}
          onCancel={() => setMode('view')}
        />
      )}
      {mode === 'edit' && !props.readOnly && (
        <SpeakerForm editing={speaker} onDone={() => setMode('view')} />
      )}
    </li>
  );
});
