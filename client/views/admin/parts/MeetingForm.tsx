// The details of a meeting, in the order a secretariat fills them in: what it is, when it sits
// (in the room's time zone, said next to the dates), speaking time, the interpretation notice
// (an open meeting's is the chair's: shown, not edited). Its segments and their lists follow, in
// SegmentsEditor, outside this form: the chair's speaker form inside them is a form of its own.
import { TEXT_LIMITS } from '../../../../shared/domain/text-limits.ts';
import type { RoomSummary } from '../../../../shared/protocol.ts';
import { TranslationFields } from '../../../view-kit/TranslationFields.tsx';
import { useAdmin } from '../admin-context.tsx';
import type { FieldErrors } from '../field-errors.ts';
import type { MeetingDraft } from '../meeting-draft.ts';
import type { EditorMode } from './MeetingEditor.tsx';
import { ErrorText } from './ErrorText.tsx';
import { Field } from './Field.tsx';
import { InterpretationFields } from './InterpretationFields.tsx';
import { SittingsEditor } from './SittingsEditor.tsx';

export function MeetingForm(props: {
  room: RoomSummary;
  mode: EditorMode;
  draft: MeetingDraft;
  onChange: (draft: MeetingDraft) => void;
  errors: FieldErrors;
}) {
  const { messages, language } = useAdmin();
  const { draft, errors, mode } = props;
  const errorOf = (field: string) => errors[field] && <ErrorText error={errors[field]} />;
  const set = (change: Partial<MeetingDraft>) => props.onChange({ ...draft, ...change });
  const open = mode === 'open';
  return (
    <>
      <fieldset className="admin-card admin-section">
        <legend>{messages.sections.meeting}</legend>
        <div className="chair-form-grid admin-grid-wide">
          <Field
            label={messages.fields.title}
            name="title"
            value={draft.title}
            onChange={(title) => set({ title })}
            error={errors.title}
            maxLength={TEXT_LIMITS.title}
            required
            className="admin-span-all"
          />
          <TranslationFields
            label={messages.titleTranslations}
            hint={messages.translationsHint}
            name="titleTranslations"
            value={draft.titleTranslations}
            onChange={(titleTranslations) => set({ titleTranslations })}
            reader={language}
            maxLength={TEXT_LIMITS.title}
            errorOf={errorOf}
          />
          <Field
            label={messages.fields.organ}
            name="organ"
            value={draft.organ}
            onChange={(organ) => set({ organ })}
            error={errors.organ}
            hint={messages.organHint}
            maxLength={TEXT_LIMITS.shortName}
          />
          <Field
            label={messages.fields.format}
            name="format"
            value={draft.format}
            onChange={(format) => set({ format })}
            error={errors.format}
            hint={messages.formatHint}
            maxLength={TEXT_LIMITS.shortName}
          />
          <Field
            label={messages.fields.theme}
            name="theme"
            value={draft.theme}
            onChange={(theme) => set({ theme })}
            error={errors.theme}
            maxLength={TEXT_LIMITS.theme}
            multiline
            className="admin-span-all"
          />
          <TranslationFields
            label={messages.themeTranslations}
            hint={messages.translationsHint}
            name="themeTranslations"
            value={draft.themeTranslations}
            onChange={(themeTranslations) => set({ themeTranslations })}
            reader={language}
            maxLength={TEXT_LIMITS.theme}
            multiline
            errorOf={errorOf}
          />
          <Field
            label={messages.fields.note}
            name="note"
            value={draft.note}
            onChange={(note) => set({ note })}
            error={errors.note}
            hint={messages.noteHint}
            maxLength={TEXT_LIMITS.note}
            className="admin-span-all"
          />
        </div>
      </fieldset>
      <SittingsEditor
        room={props.room}
        sittings={draft.sittings}
        onChange={(sittings) => set({ sittings })}
        errors={errors}
      />
      <fieldset className="admin-card admin-section">
        <legend>{messages.sections.time}</legend>
        <div className="chair-form-grid admin-grid-wide">
          <Field
            label={open ? messages.fields.defaultLimitInPlay : messages.fields.defaultLimit}
            name="defaultLimitMs"
            value={draft.defaultLimit}
            onChange={(defaultLimit) => set({ defaultLimit })}
            error={errors.defaultLimitMs}
            hint={messages.limitHint}
            inputMode="numeric"
            required
            ltr
          />
          <Field
            label={messages.fields.warning}
            name="warningMs"
            value={draft.warning}
            onChange={(warning) => set({ warning })}
            error={errors.warningMs}
            hint={messages.warningHint}
            inputMode="numeric"
            required
            ltr
          />
        </div>
      </fieldset>
      <InterpretationFields
        value={draft.interpretation}
        onChange={(interpretation) => set({ interpretation })}
        errors={errors}
        disabled={open}
      />
    </>
  );
}
