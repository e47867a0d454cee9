import { useId, useState, type FormEvent } from 'react';
import {
  UN_LANGUAGES,
  type Interpretation,
  type InterpretationStatus,
  type UnLanguage,
} from '../../../../shared/domain/types.ts';
import { TEXT_LIMITS } from '../../../../shared/domain/text-limits.ts';
import { givenVersions } from '../../../../shared/domain/versions.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { joinList, languageNames } from '../../../i18n/language.ts';
import { format } from '../../../i18n/format.ts';
import { TranslationFields } from '../../../view-kit/TranslationFields.tsx';
import { useChair } from '../chair-context.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';
import { useMeetingClosed } from '../use-closed.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import { BoothReports } from './BoothReports.tsx';

const STATUSES: readonly InterpretationStatus[] = ['available', 'partial', 'unavailable'];

/** The notice as it stands, in the chair's words: "Partial: English and French · note". */
export function noticeText(
  notice: Interpretation,
  texts: ChairMessages,
  language: UnLanguage,
): string {
  const languages =
    notice.status === 'partial'
      ? `: ${joinList(languageNames(notice.languages, language), language)}`
      : '';
  const note = notice.note ? ` · ${notice.note}` : '';
  return `${texts.interpretation[notice.status]}${languages}${note}`;
}

function NoticeForm(props: { current: Interpretation }) {
  const { run } = useChair();
  const { texts, language } = useScreen<ChairMessages>();
  const [status, setStatus] = useState(props.current.status);
  const [languages, setLanguages] = useState<UnLanguage[]>(props.current.languages);
  const [note, setNote] = useState(props.current.note ?? '');
  const [versions, setVersions] = useState(props.current.noteTranslations ?? {});
  const noteId = useId();
  const name = useId();
  const names = languageNames(UN_LANGUAGES, language);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const noteTranslations = givenVersions(versions);
    void run({
      type: 'setInterpretation',
      status,
      ...(status === 'partial' && { languages }),
      ...(note.trim() !== '' && { note: note.trim() }),
      // Sent even without the note: the hub then says versions need it, rather than lose them.
      ...(Object.keys(noteTranslations).length > 0 && { noteTranslations }),
    });
  };
  const toggle = (code: UnLanguage, on: boolean) =>
    setLanguages(UN_LANGUAGES.filter((l) => (l === code ? on : languages.includes(l))));
  return (
    <form className="chair-meeting-form" onSubmit={submit}>
      <fieldset className="chair-choice">
        <legend className="chair-visually-hidden">{texts.interpretationHeading}</legend>
        {STATUSES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={name}
              value={s}
              checked={status === s}
              onChange={() => setStatus(s)}
            />
            {texts.interpretation[s]}
          </label>
        ))}
      </fieldset>
      {status === 'partial' && (
        <fieldset className="chair-choice chair-languages">
          <legend>{texts.languagesLegend}</legend>
          {UN_LANGUAGES.map((code, index) => (
            <label key={code}>
              <input
                type="checkbox"
                value={code}
                checked={languages.includes(code)}
                onChange={(e) => toggle(code, e.target.checked)}
              />
              {names[index]}
            </label>
          ))}
        </fieldset>
      )}
      <div className="chair-field">
        <label htmlFor={noteId}>{texts.note}</label>
        <input
          id={noteId}
          value={note}
          maxLength={TEXT_LIMITS.note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <TranslationFields
        label={texts.noteTranslations}
        hint={texts.translationsHint}
        name="noteTranslations"
        value={versions}
        onChange={setVersions}
        reader={language}
        maxLength={TEXT_LIMITS.note}
      />
      <div className="chair-buttons">
        <button type="submit" className="chair-strong">
          {texts.showNotice}
        </button>
      </div>
    </form>
  );
}

/** The interpretation notice: available, partial (in which of the six languages), unavailable. */
export function InterpretationForm() {
  const { store } = useChair();
  const { texts, language } = useScreen<ChairMessages>();
  const current = useRoomSlice(store, (s) => s.room?.interpretation);
  const closed = useMeetingClosed();
  if (!current) return null;
  return (
    <section className="chair-card" aria-label={texts.interpretationHeading}>
      <h3>{texts.interpretationHeading}</h3>
      <p className="chair-now">
        {format(texts.noticeNow, { text: noticeText(current, texts, language) })}
      </p>
      <BoothReports closed={closed} />
      {/* Read, not changed, once the meeting is adjourned (the hub takes only undo). */}
      <fieldset className="chair-plain" disabled={closed}>
        {/* A notice changed elsewhere (another console, an undo) resets the form to it. */}
        <NoticeForm key={JSON.stringify(current)} current={current} />
      </fieldset>
    </section>
  );
}
