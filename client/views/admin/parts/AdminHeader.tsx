import { UN_LANGUAGES, type UnLanguage } from '../../../../shared/domain/types.ts';
import { isUnLanguage } from '../../../i18n/language.ts';
import { useAdmin } from '../admin-context.tsx';
import { adminMessages } from '../messages/admin-messages.ts';

/** The console's name, its language, and leaving (the key is forgotten in this tab). */
export function AdminHeader(props: {
  onLanguage: (language: UnLanguage) => void;
  onSignOut: () => void;
}) {
  const { messages, language } = useAdmin();
  return (
    <header className="chair-header admin-header">
      <div className="chair-title">
        <h1>{messages.consoleTitle}</h1>
        <p>{messages.consoleSubtitle}</p>
      </div>
      <div className="chair-meta">
        <label className="chair-language">
          <span className="chair-visually-hidden">{messages.language}</span>
          <select
            value={language}
            onChange={(e) => {
              if (isUnLanguage(e.target.value)) props.onLanguage(e.target.value);
            }}
          >
            {UN_LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {adminMessages(code).languageName}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="admin-header-button" onClick={props.onSignOut}>
          {messages.signOut}
        </button>
      </div>
    </header>
  );
}
