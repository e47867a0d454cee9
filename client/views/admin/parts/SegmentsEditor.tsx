// The meeting's segments in order (an opening, a panel, the dialogue…): each with its title, its
// own default limit if it has one, and its list of speakers; added, removed (after a confirmation
// when its list is not empty) and moved up or down.
import { useState } from 'react';
import { MAX_SEGMENTS } from '../../../../shared/domain/meeting-setup.ts';
import { TEXT_LIMITS } from '../../../../shared/domain/text-limits.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { ConfirmBar } from '../../chair/parts/ConfirmBar.tsx';
import { plural } from '../../chair/messages/chair-messages.ts';
import { useAdmin } from '../admin-context.tsx';
import type { FieldErrors } from '../field-errors.ts';
import type { LocalList } from '../local-list.ts';
import { draftKey, type MeetingDraft, type SegmentDraft } from '../meeting-draft.ts';
import { ErrorText } from './ErrorText.tsx';
import { Field } from './Field.tsx';
import { SegmentList } from './SegmentList.tsx';

function SegmentCard(props: {
  segment: SegmentDraft;
  index: number;
  count: number;
  list: LocalList;
  meetingLimit: string;
  errors: FieldErrors;
  onChange: (segment: SegmentDraft) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { messages, language } = useAdmin();
  const { segment, index, errors, list } = props;
  const at = `segments.${index}`;
  const speakers = useRoomSlice(list.store, (s) => s.room?.speakers.length ?? 0);
  const [removing, setRemoving] = useState(false);
  const n = index + 1;
  const remove = () => (speakers > 0 ? setRemoving(true) : props.onRemove());
  return (
    <li className="admin-segment" data-segment-index={index}>
      <div className="admin-segment-head">
        <h4>{format(messages.segmentN, { n })}</h4>
        <span className="admin-count">{plural(messages.speakerCount, speakers, language)}</span>
        <div className="chair-buttons">
          <button
            type="button"
            className="chair-icon"
            aria-label={format(messages.moveSegmentUp, { n })}
            title={messages.moveUp}
            disabled={index === 0}
            onClick={() => props.onMove(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="chair-icon"
            aria-label={format(messages.moveSegmentDown, { n })}
            title={messages.moveDown}
            disabled={index === props.count - 1}
            onClick={() => props.onMove(1)}
          >
            ↓
          </button>
          {props.count > 1 && (
            <button type="button" className="chair-danger-text" onClick={remove}>
              {format(messages.removeSegmentN, { n })}
            </button>
          )}
        </div>
      </div>
      {removing && (
        <ConfirmBar
          question={plural(messages.removeSegmentQuestion, speakers, language, { segment: n })}
          confirm={format(messages.removeSegmentN, { n })}
          cancel={messages.cancel}
          onConfirm={props.onRemove}
          onCancel={() => setRemoving(false)}
        />
      )}
      {errors[at] && <ErrorText error={errors[at]} />}
      <div className="chair-form-grid">
        <Field
          label={messages.fields.segmentTitle}
          name={`${at}.title`}
          value={segment.title}
          onChange={(title) => props.onChange({ ...segment, title })}
          error={errors[`${at}.title`]}
          hint={messages.segmentTitleHint}
          maxLength={TEXT_LIMITS.title}
        />
        <Field
          label={messages.fields.segmentLimit}
          name={`${at}.defaultLimitMs`}
          value={segment.limit}
          onChange={(limit) => props.onChange({ ...segment, limit })}
          error={errors[`${at}.defaultLimitMs`]}
          hint={format(messages.segmentLimitHint, { limit: props.meetingLimit })}
          inputMode="numeric"
          ltr
        />
      </div>
      <SegmentList
        list={list}
        count={speakers}
        error={errors[`${at}.speakers`]}
        name={segment.title || format(messages.segmentN, { n })}
      />
    </li>
  );
}

export function SegmentsEditor(props: {
  draft: MeetingDraft;
  onChange: (draft: MeetingDraft) => void;
  errors: FieldErrors;
  lists: Map<string, LocalList>;
  onNewSegment: (key: string) => void;
}) {
  const { messages } = useAdmin();
  const { draft, errors } = props;
  const segments = draft.segments;
  const setSegments = (next: SegmentDraft[]) => props.onChange({ ...draft, segments: next });
  const move = (index: number, delta: -1 | 1) => {
    const to = index + delta;
    const moving = segments[index];
    if (!moving || to < 0 || to >= segments.length) return;
    const rest = segments.filter((_, i) => i !== index);
    rest.splice(to, 0, moving);
    setSegments(rest);
  };
  const add = () => {
    const key = draftKey();
    props.onNewSegment(key);
    setSegments([...segments, { key, title: '', limit: '' }]);
  };
  return (
    <fieldset className="admin-card admin-section admin-segments">
      <legend>{messages.sections.segments}</legend>
      <p className="chair-field-hint">{messages.segmentsHelp}</p>
      <label className="admin-check">
        <input
          type="checkbox"
          checked={draft.listOpen}
          onChange={(e) => props.onChange({ ...draft, listOpen: e.target.checked })}
        />
        {messages.listOpenLabel}
      </label>
      {errors.segments && <ErrorText error={errors.segments} />}
      <ol className="admin-segment-list">
        {segments.map((segment, index) => {
          // Every segment is given its list when it is made (MeetingEditor).
          const list = props.lists.get(segment.key);
          return (
            list && (
              <SegmentCard
                key={segment.key}
                segment={segment}
                index={index}
                count={segments.length}
                list={list}
                meetingLimit={draft.defaultLimit}
                errors={errors}
                onChange={(changed) =>
                  setSegments(segments.map((s, i) => (i === index ? changed : s)))
                }
                onMove={(delta) => move(index, delta)}
                onRemove={() => setSegments(segments.filter((_, i) => i !== index))}
              />
            )
          );
        })}
      </ol>
      <div className="chair-buttons">
        <button type="button" disabled={segments.length >= MAX_SEGMENTS} onClick={add}>
          {messages.addSegment}
        </button>
      </div>
    </fieldset>
  );
}
