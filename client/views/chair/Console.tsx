// The console once the room is known: the floor always in sight on one side (speaker, clock,
// buttons, the answer to the last action, the projection, the wall as it is now), the list, the
// meeting's controls and the record on the other.
import type { UnLanguage } from '../../../shared/domain/types.ts';
import { useRoomSlice } from '../../app/use-room.ts';
import { directionOf } from '../../i18n/language.ts';
import type { RoomStore } from '../../store/room-store.ts';
import { ScreenErrorBoundary } from '../../shared-ui/ScreenErrorBoundary.tsx';
import { ChairProvider, useChair, type SendCommand } from './chair-context.tsx';
import { chairMessages } from './messages/chair-messages.ts';
import { CapacityPanel } from './parts/CapacityPanel.tsx';
import { ConsoleHeader } from './parts/ConsoleHeader.tsx';
import { ConsoleTabs } from './parts/ConsoleTabs.tsx';
import { FloorControls } from './parts/FloorControls.tsx';
import { FloorPanel } from './parts/FloorPanel.tsx';
import { WallPreview } from './parts/WallPreview.tsx';
import { ProjectionProvider } from './use-projection.tsx';
import { useFloorShortcuts } from './use-shortcuts.ts';
import type { FetchRecord } from './use-speech-record.ts';

function AdjournedBanner() {
  const { store, messages } = useChair();
  const adjourned = useRoomSlice(store, (s) => s.room?.status.kind === 'adjourned');
  return adjourned ? <p className="chair-adjourned">{messages.adjournedBanner}</p> : null;
}

function Layout(props: {
  onLanguage?: (language: UnLanguage) => void;
  fetchRecord?: FetchRecord;
  preview: boolean;
}) {
  useFloorShortcuts();
  return (
    <>
      <ConsoleHeader onLanguage={props.onLanguage} />
      <div className="chair-body">
        <div className="chair-side" data-scroll="">
          <AdjournedBanner />
          <FloorPanel />
          <FloorControls />
          <CapacityPanel />
          {props.preview && <WallPreview />}
        </div>
        <ConsoleTabs fetchRecord={props.fetchRecord} />
      </div>
    </>
  );
}

export interface ConsoleProps {
  store: RoomStore;
  send: SendCommand;
  roomId: string;
  language: UnLanguage;
  onLanguage?: (language: UnLanguage) => void;
  /** How the record is fetched (the page's fetch unless a test gives its own). */
  fetchRecord?: FetchRecord;
  /** The small wall preview (on unless a test leaves it out). */
  preview?: boolean;
}

export function Console(props: ConsoleProps) {
  return (
    <ChairProvider
      store={props.store}
      send={props.send}
      roomId={props.roomId}
      language={props.language}
    >
      <div className="chair" lang={props.language} dir={directionOf(props.language)}>
        <ScreenErrorBoundary
          store={props.store}
          message={chairMessages(props.language).screenError}
          className="chair-waiting"
        >
          <ProjectionProvider store={props.store}>
            <Layout
              onLanguage={props.onLanguage}
              fetchRecord={props.fetchRecord}
              preview={props.preview ?? true}
            />
          </ProjectionProvider>
        </ScreenErrorBoundary>
      </div>
    </ChairProvider>
  );
}
