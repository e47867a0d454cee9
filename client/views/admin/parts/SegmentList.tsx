// A segment's list of speakers, edited with the chair's own parts: the list (reorder by handle,
// buttons or Alt+arrows; correct; remove), the entry form with its type-ahead over the States,
// and the import of an established list (pasted or from a CSV file, previewed, confirmed). They
// work on the segment's local list (local-list.ts) as they work on the room in the console.
import { useState } from 'react';
import { format } from '../../../i18n/format.ts';
import { ChairProvider } from '../../chair/chair-context.tsx';
import { chairMessages, plural } from '../../chair/messages/chair-messages.ts';
import { ImportPanel } from '../../chair/parts/ImportPanel.tsx';
import { SpeakerForm } from '../../chair/parts/SpeakerForm.tsx';
import { SpeakerList } from '../../chair/parts/SpeakerList.tsx';
import { useAdmin } from '../admin-context.tsx';
import type { FieldError } from '../field-errors.ts';
import type { LocalList } from '../local-list.ts';
import { ErrorText } from './ErrorText.tsx';

/** Lists this long are shown at once; a longer one waits to be asked for. */
const SHOWN_AT_ONCE = 10;

export function SegmentList(props: {
  list: LocalList;
  count: number;
  /** The segment's name, for the list's label. */
  name: string;
  error?: FieldError | undefined;
}) {
  const { messages, language } = useAdmin();
  const { list, count } = props;
  const chair = chairMessages(language);
  const [panel, setPanel] = useState<'none' | 'add' | 'import'>('none');
  const [shown, setShown] = useState(count <= SHOWN_AT_ONCE);
  const toggle = (which: 'add' | 'import') => setPanel(panel === which ? 'none' : which);
  return (
    <ChairProvider store={list.store} send={list.send} roomId="draft" language={language}>
      <section
        className="chair-list-panel admin-segment-speakers"
        aria-label={format(messages.listOf, { segment: props.name })}
      >
        <div className="chair-toolbar">
          <button
            type="button"
            className="chair-strong"
            aria-expanded={panel === 'add'}
            onClick={() => toggle('add')}
          >
            {chair.addSpeaker}
          </button>
          <button type="button" aria-expanded={panel === 'import'} onClick={() => toggle('import')}>
            {chair.importList}
          </button>
          {count > 0 && (
            <button type="button" aria-expanded={shown} onClick={() => setShown(!shown)}>
              {shown ? messages.hideList : plural(messages.showList, count, language)}
            </button>
          )}
        </div>
        {props.error && <ErrorText error={props.error} />}
        {panel === 'add' && <SpeakerForm onDone={() => setPanel('none')} />}
        {panel === 'import' && (
          <ImportPanel
            onDone={() => {
              setPanel('none');
              setShown(true);
            }}
          />
        )}
        {(shown || count === 0 || panel === 'add') && <SpeakerList />}
      </section>
    </ChairProvider>
  );
}
