import { useId } from 'react';
import { TEXT_LIMITS } from '../../../../shared/domain/text-limits.ts';
import {
  UN_LANGUAGES,
  type InterpretationStatus,
  type UnLanguage,
} from '../../../../shared/domain/types.ts';
import { languageNames } from '../../../i18n/language.ts';
import { TranslationFields } from '../../../view-kit/TranslationFields.tsx';
import { useAdmin } from '../admin-context.tsx';
import type { FieldErrors } from '../field-errors.ts';
import type { MeetingDraft } from '../meeting-draft.ts';
import { ErrorText } from './ErrorText.tsx';
import { Field } from './Field.tsx';

const STATUSES: readonly InterpretationStatus[] = ['available', 'partial', 'unavailable'];

/**
 * The interpretation notice the meeting opens with: available, partial (in which of the six
 * languages), or unavailable, and a note. Once the meeting is open, the chair changes it.
 */
export function InterpretationFields(props: {
  value: MeetingDraft['interpretation'];
  onChange: (value: MeetingDraft['interpretation']) => void;
  errors: FieldErrors;
  disabled: boolean;
}) {
  const { messages, language } = useAdmin();
  const { value, errors, disabled } = props;
  const name = useId();
  const names = languageNames(UN_LANGUAGES, language);
  const toggle = (code: UnLanguage, on: boolean) =>
    props.onChange({
      ...value,
      languages: UN_LANGUAGES.filter((l) => (l === code ? on : value.languages.includes(l))),
    });
  const languagesError = errors['interpretation.languages'];
  return (
    <fieldset className="admin-card admin-section" disabled={disabled}>
      <legend>{messages.sections.interpretation}</legend>
      {disabled && <p className="chair-field-hint">{messages.chairChangesThis}</p>}
      {errors.interpretation && <ErrorText error={errors.interpretation} />}
      <div className="chair-choice" role="radiogroup" aria-label={messages.sections.interpretation}>
        {STATUSES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={name}
              value={s}
              checked={value.status === s}
              onChange={() => props.onChange({ ...value, status: s })}
            />
            {messages.interpretation[s]}
          </label>
        ))}
      </div>
      {value.status === 'partial' && (
        <fieldset
          className="chair-choice admin-languages"
          aria-invalid={languagesError ? true : undefined}
        >
          <legend>{messages.languagesLegend}</legend>
          {UN_LANGUAGES.map((code, index) => (
            <label key={code}>
              <input
                type="checkbox"
                value={code}
                data-field={index === 0 ? 'interpretation.languages' : undefined}
                aria-invalid={languagesError && index === 0 ? true : undefined}
                checked={value.languages.includes(code)}
                onChange={(e) => toggle(code, e.target.checked)}
              />
              {names[index]}
            </label>
          ))}
          {languagesError && <ErrorText error={languagesError} />}
        </fieldset>
      )}
      <Field
        label={messages.fields.interpretationNote}
        name="interpretation.note"
        value={value.note}
        onChange={(note) => props.onChange({ ...value, note })}
        error={errors['interpretation.note']}
        maxLength={TEXT_LIMITS.note}
      />
      <TranslationFields
        label={messages.interpretationNoteTranslations}
        hint={messages.translationsHint}
        name="interpretation.noteTranslations"
        value={value.noteTranslations}
        onChange={(noteTranslations) => props.onChange({ ...value, noteTranslations })}
        reader={language}
        maxLength={TEXT_LIMITS.note}
        errorOf={(field) => errors[field] && <ErrorText error={errors[field]} />}
      />
    </fieldset>
  );
}
