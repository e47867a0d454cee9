import { useState } from 'react';
import type { RoomSummary } from '../../../../shared/protocol.ts';
import { format } from '../../../i18n/format.ts';
import { ConfirmBar } from '../../chair/parts/ConfirmBar.tsx';
import { useAdmin } from '../admin-context.tsx';
import { refusalError, type FieldError } from '../field-errors.ts';
import { screenLinks } from '../screen-links.ts';
import type { IssuedKey } from './AdminConsole.tsx';
import { CopyableText } from './CopyableText.tsx';
import { ErrorText } from './ErrorText.tsx';

/**
 * The room's chair key: issuing a new one (after saying what it does: the old key stops at once
 * and the consoles using it are cut off), then the new key and the console's link with it, shown
 * this once: the hub keeps only a hash of it.
 */
export function ChairKeyPanel(props: {
  room: RoomSummary;
  issued: IssuedKey | undefined;
  onKeyIssued: (key: string) => void;
}) {
  const { api, messages } = useAdmin();
  const { room, issued } = props;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FieldError | null>(null);

  const rotate = async () => {
    setAsking(false);
    setBusy(true);
    const result = await api.rotateChairKey(room.roomId);
    setBusy(false);
    if (result.ok) {
      setError(null);
      props.onKeyIssued(result.value.key);
    } else {
      setError(refusalError(result.error, messages));
    }
  };

  const link = issued && screenLinks(window.location.origin, room.roomId, issued.key).console;
  return (
    <section className="admin-card admin-chair-key" aria-label={messages.tabs.chairKey}>
      <h3>{messages.chairKeyHeading}</h3>
      <p>{messages.chairKeyHelp}</p>
      {issued && link && (
        <div className="admin-new-key" role="status">
          <p className="admin-new-key-lead">
            {issued.reason === 'created' ? messages.keyOfNewRoom : messages.keyIssued}
          </p>
          <CopyableText label={messages.fields.chairKey} text={issued.key} />
          <CopyableText label={messages.fields.consoleLink} text={link} />
          <p className="chair-field-hint">{messages.keyShownOnce}</p>
        </div>
      )}
      {error && <ErrorText error={error} />}
      {asking ? (
        <ConfirmBar
          question={format(messages.rotateQuestion, { room: room.name })}
          confirm={messages.rotateConfirm}
          cancel={messages.cancel}
          onConfirm={() => void rotate()}
          onCancel={() => setAsking(false)}
        />
      ) : (
        <div className="chair-buttons">
          <button
            type="button"
            className="chair-strong"
            disabled={busy}
            onClick={() => setAsking(true)}
          >
            {messages.rotateKey}
          </button>
        </div>
      )}
    </section>
  );
}
