import { lazy, Suspense, useState } from 'react';
import { useRoomSlice } from '../../../app/use-room.ts';
import { useChair } from '../chair-context.tsx';
import { listCsv } from '../export-list.ts';
import { useMeetingClosed } from '../use-closed.ts';
import { SegmentPanel } from './SegmentPanel.tsx';
import { SpeakerForm } from './SpeakerForm.tsx';
import { SpeakerList } from './SpeakerList.tsx';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

// The import brings the hub's schemas (and zod) with it: loaded only when the chair opens it.
const ImportPanel = lazy(() => import('./ImportPanel.tsx'));

/** Offers a text as a file to save. */
function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The segments, then the list of speakers of the one in play and what the chair does with it:
 * add, import, export, close. An adjourned meeting's list can be read and exported, not changed.
 */
export function ListPanel() {
  const { store, run, roomId } = useChair();
  const { texts } = useScreen<ChairMessages>();
  const closed = useMeetingClosed();
  const listOpen = useRoomSlice(store, (s) => s.room?.listOpen ?? true);
  const [panel, setPanel] = useState<'none' | 'add' | 'import'>('none');
  const toggle = (which: 'add' | 'import') => setPanel(panel === which ? 'none' : which);
  const exportList = () => {
    const speakers = store.getState().room?.speakers ?? [];
    // A byte-order mark, so that spreadsheets read the names' accents as UTF-8.
    download(`${roomId}-speakers.csv`, `\uFEFF${listCsv(speakers)}`, 'text/csv;charset=utf-8');
  };
  return (
    <section className="chair-list-panel" aria-label={texts.tabs.list}>
      <SegmentPanel />
      <div className="chair-toolbar">
        <span className="chair-list-state" data-open={listOpen}>
          {listOpen ? texts.listIsOpen : texts.listIsClosed}
        </span>
        <button
          type="button"
          disabled={closed}
          onClick={() => void run({ type: listOpen ? 'closeList' : 'reopenList' })}
        >
          {listOpen ? texts.closeList : texts.reopenList}
        </button>
        <button
          type="button"
          className="chair-strong"
          disabled={closed}
          aria-expanded={panel === 'add'}
          onClick={() => toggle('add')}
        >
          {texts.addSpeaker}
        </button>
        <button
          type="button"
          disabled={closed}
          aria-expanded={panel === 'import'}
          onClick={() => toggle('import')}
        >
          {texts.importList}
        </button>
        <button type="button" onClick={exportList}>
          {texts.exportList}
        </button>
      </div>
      {/* A form left open when the meeting was adjourned goes: the hub would refuse it. */}
      {!closed && panel === 'add' && <SpeakerForm onDone={() => setPanel('none')} />}
      {!closed && panel === 'import' && (
        <Suspense fallback={<p className="chair-loading">…</p>}>
          <ImportPanel onDone={() => setPanel('none')} />
        </Suspense>
      )}
      <SpeakerList />
    </section>
  );
}
