import { useLayoutEffect, useMemo, useRef } from 'react';
import { delegationName } from '../../../../shared/delegations/display-name.ts';
import type { Projection } from '../../../../shared/domain/projection.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import type { LiveRoom } from '../../../store/live-room.ts';
import { rowText, speakerRows, type SpeakerRow } from '../follow-model.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { FollowMessages } from '../messages/follow-messages.ts';

/** The row to keep in view: the one speaking, else the next to be called, else the last. */
function focusRow(rows: readonly SpeakerRow[]): string | undefined {
  const row =
    rows.find((r) => r.status === 'speaking') ??
    rows.find((r) => r.status === 'waiting' || r.status === 'secondCall') ??
    rows[rows.length - 1];
  return row?.speaker.id;
}

/**
 * The whole list, each entry with its status and estimated start, in a box of its own that
 * scrolls to the current speaker when the floor changes (the page itself does not jump).
 */
export function SpeakerList(props: {
  store: LiveRoom;
  projection: Projection | undefined;
  delegation: string | null;
}) {
  const { language, texts } = useScreen<FollowMessages>();
  const speakers = useRoomSlice(props.store, (s) => s.room?.speakers);
  const timeZone = useRoomSlice(props.store, (s) => s.room?.room.timeZone ?? 'UTC');
  const listOpen = useRoomSlice(props.store, (s) => s.room?.listOpen ?? true);
  const rows = useMemo(
    () => (speakers ? speakerRows(speakers, props.projection) : []),
    [speakers, props.projection],
  );
  const focusId = focusRow(rows);
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const scroller = box.current;
    const row = scroller?.querySelector<HTMLElement>(`[data-speaker-id="${focusId}"]`);
    // A third of the box above it: the speeches just held stay in sight.
    if (scroller && row)
      scroller.scrollTop = Math.max(0, row.offsetTop - scroller.clientHeight / 3);
  }, [focusId]);
  const [beforeGroup = '', afterGroup = ''] = texts.onBehalfOf.split('{group}');
  return (
    <section className="follow-list" aria-labelledby="follow-list-heading">
      <h2 id="follow-list-heading" className="follow-label">
        {texts.listOfSpeakers}
      </h2>
      <p className="follow-hint">{texts.estimatesNote}</p>
      {/* Focusable, so that a keyboard can scroll it too. */}
      <div
        ref={box}
        className="follow-list-box"
        tabIndex={0}
        role="region"
        aria-labelledby="follow-list-heading"
      >
        <ol>
          {rows.map((row) => {
            const mine = row.speaker.delegation === props.delegation;
            return (
              <li
                key={row.speaker.id}
                data-speaker-id={row.speaker.id}
                data-status={row.status}
                data-mine={mine || undefined}
                aria-current={row.status === 'speaking' ? 'true' : undefined}
              >
                <span className="follow-row-number">{row.number}</span>
                <span className="follow-row-who">
                  <span className="follow-row-name">
                    <bdi>{delegationName(row.speaker.delegation, language)}</bdi>
                    {mine && (
                      <span className="follow-row-mine">
                        {' '}
                        <span aria-hidden="true">★</span>
                        <span className="follow-visually-hidden">({texts.yours})</span>
                      </span>
                    )}
                  </span>
                  {row.speaker.onBehalfOf && (
                    <span className="follow-row-behalf">
                      {beforeGroup}
                      <bdi>{delegationName(row.speaker.onBehalfOf, language)}</bdi>
                      {afterGroup}
                    </span>
                  )}
                </span>
                <span className="follow-row-when">{rowText(row, texts, timeZone)}</span>
              </li>
            );
          })}
        </ol>
      </div>
      {!listOpen && <p className="follow-hint">{texts.listClosed}</p>}
    </section>
  );
}
