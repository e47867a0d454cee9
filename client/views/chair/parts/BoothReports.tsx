// What the interpreters' booths have said, language by language, and whether the room's notice is
// composed from it or is the chair's own (set below). The chair hands the notice back to the
// booths with one button; setting a notice by hand takes it back (shared/domain/booth-commands.ts).
import { UN_LANGUAGES } from '../../../../shared/domain/types.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { languageNames } from '../../../i18n/language.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import { useChair } from '../chair-context.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

/** Each report's sign: said by more than its colour. */
const SIGNS = { provided: '✓', notProvided: '✕', notSaid: '–' } as const;

export function BoothReports(props: { closed: boolean }) {
  const { store, run } = useChair();
  const { texts, language } = useScreen<ChairMessages>();
  const booths = useRoomSlice(store, (s) => s.room?.booths);
  if (!booths) return null;
  const names = languageNames(UN_LANGUAGES, language);
  const follows = booths.source === 'booths';
  return (
    <div className="chair-booths">
      <h4>{texts.booths.heading}</h4>
      <ul className="chair-booth-list">
        {UN_LANGUAGES.map((code, index) => {
          const said = booths.statuses[code];
          const report = said === undefined ? 'notSaid' : said ? 'provided' : 'notProvided';
          return (
            <li key={code} data-report={report}>
              <span aria-hidden="true">{SIGNS[report]} </span>
              {format(texts.booths[report], { language: names[index] ?? code })}
            </li>
          );
        })}
      </ul>
      <p className="chair-now">{follows ? texts.booths.follows : texts.booths.setHere}</p>
      {!follows && (
        <div className="chair-buttons">
          <button
            type="button"
            disabled={props.closed}
            onClick={() => void run({ type: 'followBooths' })}
          >
            {texts.booths.follow}
          </button>
        </div>
      )}
    </div>
  );
}
