// The console once the room is known: the floor always in sight on one side (speaker, clock,
// buttons, the answer to the last action, the projection, the wall as it is now, the keys), the
// list, the meeting's controls and the record on the other. With no meeting open, the room's scheduled
// meetings to open one; once the meeting is adjourned, the same beside its read-only console.
import type { UnLanguage } from '../../../shared/domain/types.ts';
import { useRoomSlice } from '../../app/use-room.ts';
import { directionOf } from '../../i18n/language.ts';
import type { LiveRoom } from '../../store/live-room.ts';
import { ScreenErrorBoundary } from '../../view-kit/ScreenErrorBoundary.tsx';
import { ChairProvider, useChair, type SendCommand } from './chair-context.tsx';
import { ConsoleSettingsProvider } from './console-settings.tsx';
import { chairMessages } from './messages/chair-messages.ts';
import { CapacityPanel } from './parts/CapacityPanel.tsx';
import { ConsoleHeader } from './parts/ConsoleHeader.tsx';
import { ConsoleTabs } from './parts/ConsoleTabs.tsx';
import { FloorControls } from './parts/FloorControls.tsx';
import { FloorPanel } from './parts/FloorPanel.tsx';
import { KeysPanel } from './parts/KeysPanel.tsx';
import { OpenMeetingPanel } from './parts/OpenMeetingPanel.tsx';
import { StatusLine } from './parts/StatusLine.tsx';
import { WallPreview } from './parts/WallPreview.tsx';
import { ProjectionProvider } from './use-projection.tsx';
import { useFloorShortcuts } from './use-shortcuts.ts';
import type { FetchRecord } from './use-speech-record.ts';
import { useScreen } from '../../view-kit/screen.tsx';
import type { ChairMessages } from './messages/chair-messages.ts';

/** Once the meeting is adjourned: that it is read-only, and the meetings to open next. */
function Adjourned() {
  const { store } = useChair();
  const { texts } = useScreen<ChairMessages>();
  const adjourned = useRoomSlice(store, (s) => s.room?.status.kind === 'adjourned');
  if (!adjourned) return null;
  return (
    <>
      <p className="chair-adjourned">{texts.adjournedBanner}</p>
      <OpenMeetingPanel />
    </>
  );
}

/**
 * No meeting open in the room: the meetings to open, the answer to opening one (before any,
 * that none is open: the floor's keys do nothing yet), and the wall as it is now.
 */
function NoMeeting(props: { preview: boolean }) {
  const { texts } = useScreen<ChairMessages>();
  return (
    <div className="chair-body chair-no-meeting">
      <div className="chair-side" data-scroll="">
        <OpenMeetingPanel />
        <StatusLine idleHint={texts.noMeetingOpen} />
      </div>
      <div className="chair-no-meeting-preview">{props.preview && <WallPreview />}</div>
    </div>
  );
}

function Layout(props: {
  onLanguage?: (language: UnLanguage) => void;
  fetchRecord?: FetchRecord;
  preview: boolean;
}) {
  useFloorShortcuts();
  const { store } = useChair();
  const hasMeeting = useRoomSlice(store, (s) => Boolean(s.room?.meeting));
  return (
    <>
      <ConsoleHeader onLanguage={props.onLanguage} />
      {hasMeeting ? (
        <MeetingBody fetchRecord={props.fetchRecord} preview={props.preview} />
      ) : (
        <NoMeeting preview={props.preview} />
      )}
    </>
  );
}

/** The open (or adjourned) meeting: the floor's column, and the tabs. */
function MeetingBody(props: { fetchRecord?: FetchRecord; preview: boolean }) {
  return (
    <div className="chair-body">
      <div className="chair-side" data-scroll="">
        <Adjourned />
        <FloorPanel />
        <FloorControls />
        <CapacityPanel />
        {props.preview && <WallPreview />}
        <KeysPanel />
      </div>
      <ConsoleTabs fetchRecord={props.fetchRecord} />
    </div>
  );
}

export interface ConsoleProps {
  store: LiveRoom;
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
      <ConsoleSettingsProvider roomId={props.roomId}>
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
      </ConsoleSettingsProvider>
    </ChairProvider>
  );
}
