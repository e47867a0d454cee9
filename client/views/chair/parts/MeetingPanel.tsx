import { useChair } from '../chair-context.tsx';
import { AnnouncementForm } from './AnnouncementForm.tsx';
import { InterpretationForm } from './InterpretationForm.tsx';
import { SuspensionControls } from './SuspensionControls.tsx';

/** The meeting as a whole: the interpretation notice, an announcement, suspension, adjournment. */
export function MeetingPanel() {
  const { messages } = useChair();
  return (
    <div className="chair-meeting" aria-label={messages.tabs.meeting}>
      <InterpretationForm />
      <AnnouncementForm />
      <SuspensionControls />
    </div>
  );
}
