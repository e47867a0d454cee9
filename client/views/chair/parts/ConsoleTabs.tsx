import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useRoomSlice } from '../../../app/use-room.ts';
import { useChair } from '../chair-context.tsx';
import type { FetchRecord } from '../use-speech-record.ts';
import { ListPanel } from './ListPanel.tsx';
import { MeetingPanel } from './MeetingPanel.tsx';
import { RecordPanel } from './RecordPanel.tsx';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

type Tab = 'list' | 'meeting' | 'record';
const TABS: readonly Tab[] = ['list', 'meeting', 'record'];

/** The list of speakers, the meeting's controls and the record, one at a time. */
export function ConsoleTabs(props: { fetchRecord?: FetchRecord }) {
  const { store } = useChair();
  const { texts } = useScreen<ChairMessages>();
  const [tab, setTab] = useState<Tab>('list');
  const id = useId();
  const { listCount, spokenCount } = useRoomSlice(
    store,
    useShallow((s) => {
      const speakers = s.room?.speakers ?? [];
      // One record entry per speaker who has spoken.
      const spoken = speakers.filter((x) => x.status === 'spoken').length;
      return { listCount: speakers.length, spokenCount: spoken };
    }),
  );
  const label = (t: Tab) =>
    t === 'list'
      ? `${texts.tabs.list} (${listCount})`
      : t === 'record'
        ? `${texts.tabs.record} (${spokenCount})`
        : texts.tabs.meeting;
  return (
    <div className="chair-tabs">
      <div className="chair-tab-bar" role="tablist">
        {TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`${id}-${t}`}
            data-tab={t}
            aria-selected={tab === t}
            aria-controls={`${id}-${t}-panel`}
            onClick={() => setTab(t)}
          >
            {label(t)}
          </button>
        ))}
      </div>
      <div
        className="chair-tab-panel"
        role="tabpanel"
        id={`${id}-${tab}-panel`}
        aria-labelledby={`${id}-${tab}`}
        data-scroll=""
      >
        {tab === 'list' && <ListPanel />}
        {tab === 'meeting' && <MeetingPanel />}
        {tab === 'record' && <RecordPanel fetchRecord={props.fetchRecord} />}
      </div>
    </div>
  );
}
