// One room: its name and clock, then its calendar, its printed sheet, its chair key and its
// settings, one at a time (the chair console's tabs).
import { useId, useState } from 'react';
import type { RoomSummary } from '../../../../shared/protocol.ts';
import { useAdmin } from '../admin-context.tsx';
import type { IssuedKey } from './AdminConsole.tsx';
import { CalendarPanel } from './CalendarPanel.tsx';
import { BoothKeyPanel } from './BoothKeyPanel.tsx';
import { ChairKeyPanel } from './ChairKeyPanel.tsx';
import { PrintSheet } from './PrintSheet.tsx';
import { RoomSettings } from './RoomSettings.tsx';

type Tab = 'calendar' | 'sheet' | 'chairKey' | 'settings';
const TABS: readonly Tab[] = ['calendar', 'sheet', 'chairKey', 'settings'];

export function RoomPage(props: {
  room: RoomSummary;
  issued: IssuedKey | undefined;
  onKeyIssued: (key: string) => void;
  onRoomChanged: () => void;
}) {
  const { room, issued } = props;
  const { messages } = useAdmin();
  // A room just created opens on its key, shown this once.
  const [tab, setTab] = useState<Tab>(issued?.reason === 'created' ? 'chairKey' : 'calendar');
  const id = useId();
  return (
    <section className="admin-room" aria-labelledby={`${id}-name`}>
      <header className="admin-room-head">
        <h2 id={`${id}-name`}>
          <bdi>{room.name}</bdi>
        </h2>
        <p>
          <span dir="ltr">{room.roomId}</span>
          {' · '}
          <span dir="ltr">{room.timeZone}</span>
          {' · '}
          <span className="admin-nav-status" data-status={room.status}>
            {messages.roomStatus[room.status]}
          </span>
        </p>
      </header>
      <div className="chair-tab-bar admin-tab-bar" role="tablist" aria-label={room.name}>
        {TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`${id}-${t}`}
            data-tab={t}
            aria-selected={tab === t}
            aria-controls={`${id}-panel`}
            onClick={() => setTab(t)}
          >
            {messages.tabs[t]}
          </button>
        ))}
      </div>
      <div
        className="admin-tab-panel"
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-${tab}`}
      >
        {tab === 'calendar' && <CalendarPanel room={room} onChanged={props.onRoomChanged} />}
        {tab === 'sheet' && <PrintSheet room={room} newKey={issued?.key} />}
        {tab === 'chairKey' && (
          <>
            <ChairKeyPanel room={room} issued={issued} onKeyIssued={props.onKeyIssued} />
            <BoothKeyPanel room={room} />
          </>
        )}
        {tab === 'settings' && <RoomSettings room={room} onChanged={props.onRoomChanged} />}
      </div>
    </section>
  );
}
