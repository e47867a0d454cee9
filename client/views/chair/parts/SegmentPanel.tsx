import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Segment } from '../../../../shared/domain/types.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { useChair } from '../chair-context.tsx';
import { useMeetingClosed } from '../use-closed.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

const NONE: Segment[] = [];

/**
 * The meeting's segments in order (opening, panel, dialogue), the one in play, and starting
 * another: its list becomes the one the floor calls. Not while someone has the floor (the hub
 * refuses it: the speech would belong to neither list), and the console says so beside the
 * buttons. Shown only for a meeting of several segments.
 */
export function SegmentPanel() {
  const { store, run } = useChair();
  const { texts } = useScreen<ChairMessages>();
  const closed = useMeetingClosed();
  const reasonId = useId();
  const { segments, segmentId, onFloor } = useRoomSlice(
    store,
    useShallow((s) => ({
      segments: s.room?.segments ?? NONE,
      segmentId: s.room?.segmentId ?? null,
      onFloor: Boolean(s.room?.floor),
    })),
  );
  if (segments.length < 2) return null;
  const inPlay = segments.findIndex((s) => s.id === segmentId);
  const total = segments.length;
  const busy = onFloor && !closed;
  return (
    <section className="chair-card chair-segments" aria-label={texts.segmentsHeading}>
      <div className="chair-segments-head">
        <h3>{texts.segmentsHeading}</h3>
        <span>{format(texts.segmentOf, { n: inPlay + 1, total })}</span>
      </div>
      <ol className="chair-segment-list">
        {segments.map((segment, index) => {
          const title = segment.title || format(texts.segmentOf, { n: index + 1, total });
          const playing = segment.id === segmentId;
          return (
            <li key={segment.id} data-segment-id={segment.id} data-in-play={playing || undefined}>
              <span className="chair-segment-number">{index + 1}</span>
              <span className="chair-segment-title">
                <bdi>{title}</bdi>
              </span>
              {playing ? (
                <span className="chair-segment-state">{texts.segmentInPlay}</span>
              ) : (
                <button
                  type="button"
                  // The one after the segment in play is what the chair usually starts next.
                  className={index === inPlay + 1 ? 'chair-strong' : undefined}
                  disabled={closed || onFloor}
                  aria-label={`${texts.startSegment}: ${title}`}
                  aria-describedby={busy ? reasonId : undefined}
                  onClick={() => void run({ type: 'startSegment', segmentId: segment.id })}
                >
                  {texts.startSegment}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {busy && (
        <p className="chair-field-hint" id={reasonId}>
          {texts.segmentBusy}
        </p>
      )}
    </section>
  );
}
