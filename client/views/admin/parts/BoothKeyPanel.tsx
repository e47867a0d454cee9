import { useState } from 'react';
import type { RoomSummary } from '../../../../shared/protocol.ts';
import { format } from '../../../i18n/format.ts';
import { ConfirmBar } from '../../chair/parts/ConfirmBar.tsx';
import { useAdmin } from '../admin-context.tsx';
import { refusalError, type FieldError } from '../field-errors.ts';
import { boothLink } from '../screen-links.ts';
import { CopyableText } from './CopyableText.tsx';
import { ErrorText } from './ErrorText.tsx';

/**
 * The room's interpreters' booth key: issued (or replaced, cutting off the booths on the former
 * one) after saying so, then shown this once with the booth screen's link: the hub keeps a hash.
 */
export function BoothKeyPanel(props: { room: RoomSummary }) {
  const { api, messages } = useAdmin();
  const words = messages.booth;
  const { room } = props;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<string | null>(null);
  const [error, setError] = useState<FieldError | null>(null);

  const issue = async () => {
    setAsking(false);
    setBusy(true);
    const result = await api.rotateBoothKey(room.roomId);
    setBusy(false);
    if (result.ok) {
      setError(null);
      setIssued(result.value.key);
    } else {
      setError(refusalError(result.error, messages));
    }
  };

  return (
    <section className="admin-card admin-booth-key" aria-label={words.heading}>
      <h3>{words.heading}</h3>
      <p>{words.help}</p>
      {issued !== null && (
        <div className="admin-new-key" role="status">
          <p className="admin-new-key-lead">{words.issued}</p>
          <CopyableText label={words.key} text={issued} />
          <CopyableText
            label={words.link}
            text={boothLink(window.location.origin, room.roomId, issued)}
          />
          <p className="chair-field-hint">{words.shownOnce}</p>
        </div>
      )}
      {error && <ErrorText error={error} />}
      {asking ? (
        <ConfirmBar
          question={format(words.question, { room: room.name })}
          confirm={words.confirm}
          cancel={messages.cancel}
          onConfirm={() => void issue()}
          onCancel={() => setAsking(false)}
        />
      ) : (
        <div className="chair-buttons">
          <button type="button" disabled={busy} onClick={() => setAsking(true)}>
            {words.issue}
          </button>
        </div>
      )}
    </section>
  );
}
