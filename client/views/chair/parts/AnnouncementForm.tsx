import { useId, useState, type FormEvent } from 'react';
import type { Translations } from '../../../../shared/domain/types.ts';
import { givenVersions } from '../../../../shared/domain/versions.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { TranslationFields, VersionList } from '../../../view-kit/TranslationFields.tsx';
import { useChair } from '../chair-context.tsx';
import { useMeetingClosed } from '../use-closed.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

/** The longest announcement the hub takes. */
const MAX_ANNOUNCEMENT = 500;

/**
 * The wall shows one paragraph, and the hub takes no line breaks (clean text): Enter in the box
 * becomes a space.
 */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** A message from the chair on the wall (and the phones), and clearing it. */
export function AnnouncementForm() {
  const { store, run } = useChair();
  const { texts, language } = useScreen<ChairMessages>();
  const current = useRoomSlice(store, (s) => s.room?.announcement);
  const closed = useMeetingClosed();
  const [text, setText] = useState('');
  const [versions, setVersions] = useState<Translations>({});
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const textTranslations = givenVersions(versions, oneLine);
    const ack = await run({
      type: 'announce',
      text: oneLine(text),
      ...(Object.keys(textTranslations).length > 0 && { textTranslations }),
    });
    if (ack.ok) {
      setText('');
      setVersions({});
    }
  };
  return (
    <section className="chair-card" aria-label={texts.announcementHeading}>
      <h3>{texts.announcementHeading}</h3>
      {/* Read, not changed, once the meeting is adjourned (the hub takes only undo). */}
      <fieldset className="chair-plain" disabled={closed}>
        {current && (
          <div className="chair-now chair-announcement-now">
            <div>
              <p>
                <bdi>{format(texts.announcementNow, { text: current.text })}</bdi>
              </p>
              {/* And what the screens in those languages show instead. */}
              <VersionList versions={current.textTranslations} reader={language} />
            </div>
            <button type="button" onClick={() => void run({ type: 'clearAnnouncement' })}>
              {texts.clearAnnouncement}
            </button>
          </div>
        )}
        <form className="chair-meeting-form" onSubmit={(e) => void submit(e)}>
          <div className="chair-field">
            <label htmlFor={id}>{texts.announcementText}</label>
            <textarea
              id={id}
              rows={2}
              value={text}
              maxLength={MAX_ANNOUNCEMENT}
              onChange={(e) => setText(e.target.value)}
            />
            <p className="chair-field-hint" dir="ltr">
              {text.length} / {MAX_ANNOUNCEMENT}
            </p>
          </div>
          <TranslationFields
            label={texts.announcementTranslations}
            hint={texts.translationsHint}
            name="textTranslations"
            value={versions}
            onChange={setVersions}
            reader={language}
            maxLength={MAX_ANNOUNCEMENT}
            multiline
          />
          <div className="chair-buttons">
            <button type="submit" className="chair-strong" disabled={text.trim() === ''}>
              {texts.showAnnouncement}
            </button>
          </div>
        </form>
      </fieldset>
    </section>
  );
}
