import { AnnouncementForm } from './AnnouncementForm.tsx';
import { InterpretationForm } from './InterpretationForm.tsx';
import { SuspensionControls } from './SuspensionControls.tsx';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

/** The meeting as a whole: the interpretation notice, an announcement, suspension, adjournment. */
export function MeetingPanel() {
  const { texts } = useScreen<ChairMessages>();
  return (
    <div className="chair-meeting" aria-label={texts.tabs.meeting}>
      <InterpretationForm />
      <AnnouncementForm />
      <SuspensionControls />
    </div>
  );
}
