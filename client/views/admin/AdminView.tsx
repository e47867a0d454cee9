// The secretariat's console for /admin: the key (from #key= in the link the hub prints at start,
// or typed), checked with the hub before anything else is shown, the console's language, then the
// console. A key the hub refuses, then or later, brings the key form back with the hub's reason.
import { useEffect, useMemo, useState } from 'react';
// Like the console it is built from, /admin names delegations in any of the six languages.
import '../../../shared/delegations/all-names.ts';
import type { RostrumError } from '../../../shared/domain/errors.ts';
import type { UnLanguage } from '../../../shared/domain/types.ts';
import { format } from '../../i18n/format.ts';
import { directionOf } from '../../i18n/language.ts';
import { languageSetting, pageLanguage, writeSetting } from '../../view-kit/screen-language.ts';
import '../chair/chair.css';
import './admin.css';
import { chairMessages } from '../chair/messages/chair-messages.ts';
import { KeyForm } from '../chair/parts/KeyForm.tsx';
import { createAdminApi } from './admin-api.ts';
import { forgetAdminKey, keepAdminKey, takeAdminKey } from './admin-key.ts';
import { refusalError } from './field-errors.ts';
import { adminMessages } from './messages/admin-messages.ts';
import { AdminConsole } from './parts/AdminConsole.tsx';
import { ErrorText } from './parts/ErrorText.tsx';

type KeyState =
  | { kind: 'none'; refusal?: RostrumError }
  | { kind: 'checking'; key: string }
  /** The hub could not say (unreachable, stopping): the key is kept, to try again. */
  | { kind: 'unanswered'; key: string; error: RostrumError }
  | { kind: 'accepted'; key: string };

export default function AdminView(props: {
  /** The route's room, always '' here: the console is for every room (routes.ts). */
  roomId?: string;
  /** How the hub is reached: the page's fetch, unless a test gives its own. */
  fetch?: typeof fetch;
}) {
  const [keyState, setKeyState] = useState<KeyState>(() => {
    const key = takeAdminKey({ storage: sessionStorage, location: window.location, history });
    return key === undefined ? { kind: 'none' } : { kind: 'checking', key };
  });
  const [language, setLanguage] = useState(() => pageLanguage('admin'));
  const messages = adminMessages(language);

  const refuse = (error: RostrumError) => {
    // A refused key is not kept: the next visit asks for it again.
    forgetAdminKey({ storage: sessionStorage });
    setKeyState({ kind: 'none', refusal: error });
  };
  const key = keyState.kind === 'none' ? undefined : keyState.key;
  const api = useMemo(
    () =>
      key === undefined
        ? undefined
        : createAdminApi({ key, onKeyRefused: refuse, ...(props.fetch && { fetch: props.fetch }) }),
    [key, props.fetch],
  );

  useEffect(() => {
    if (keyState.kind !== 'checking' || !api) return;
    let current = true;
    void api.checkKey().then((checked) => {
      if (!current) return;
      if (checked.ok) setKeyState({ kind: 'accepted', key: keyState.key });
      // 401 and 403 came back through onKeyRefused. A hub that did not answer (or is stopping)
      // said nothing of the key: it is kept. Anything else about the key (rateLimited) is said.
      else if (checked.status === 0 || checked.status >= 500) {
        setKeyState({ kind: 'unanswered', key: keyState.key, error: checked.error });
      } else if (checked.status !== 401 && checked.status !== 403) refuse(checked.error);
    });
    return () => {
      current = false;
    };
  }, [keyState, api]);

  const onKey = (typed: string) => {
    keepAdminKey(typed, { storage: sessionStorage });
    setKeyState({ kind: 'checking', key: typed });
  };
  const onLanguage = (next: UnLanguage) => {
    writeSetting(languageSetting('admin'), next);
    setLanguage(next);
  };
  const signOut = () => {
    forgetAdminKey({ storage: sessionStorage });
    setKeyState({ kind: 'none' });
  };

  // The chair's key form, in the secretariat's words.
  const keyTexts = {
    ...chairMessages(language),
    keyHeading: messages.keyHeading,
    keyLabel: messages.keyLabel,
    keyHint: messages.keyHint,
    keyEnter: messages.keyEnter,
    keyRefused: messages.keyRefused,
  };
  return (
    <div className="chair-page admin-page" lang={language} dir={directionOf(language)}>
      {keyState.kind === 'none' && (
        <KeyForm
          roomId=""
          texts={keyTexts}
          // In the console's words ("This is not the secretariat's key"), not the hub's English.
          notice={
            keyState.refusal &&
            format(messages.keyRefused, { reason: refusalError(keyState.refusal, messages).text })
          }
          onKey={onKey}
        />
      )}
      {keyState.kind === 'checking' && (
        <p className="chair-waiting" role="status">
          {messages.checkingKey}
        </p>
      )}
      {keyState.kind === 'unanswered' && (
        <div className="chair-waiting admin-unanswered">
          <ErrorText error={refusalError(keyState.error, messages)} />
          <button
            type="button"
            className="chair-strong"
            onClick={() => setKeyState({ kind: 'checking', key: keyState.key })}
          >
            {messages.tryAgain}
          </button>
        </div>
      )}
      {keyState.kind === 'accepted' && api && (
        <AdminConsole api={api} language={language} onLanguage={onLanguage} onSignOut={signOut} />
      )}
    </div>
  );
}
