import { UN_LANGUAGES, type UnLanguage } from '../../../../shared/domain/types.ts';
import { isUnLanguage } from '../../../i18n/language.ts';
import { LANGUAGE_NAMES } from '../messages/follow-messages.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { FollowMessages } from '../messages/follow-messages.ts';

/** The six UN languages, each named in its own language. */
export function LanguagePicker(props: { onChange: (language: UnLanguage) => void }) {
  const { language, texts } = useScreen<FollowMessages>();
  return (
    <label className="follow-language">
      <span>{texts.language}</span>
      <select
        value={language}
        onChange={(event) => {
          const chosen = event.target.value;
          if (isUnLanguage(chosen)) props.onChange(chosen);
        }}
      >
        {UN_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
