// A text's versions in the other languages, as the console's and /admin's forms take them: a
// disclosure under the text's own field, closed until a version is given, with one field per
// language, labelled with the language's name, written in that language (lang, and right to left
// for Arabic). The console's own language is left out: the text above is written in it (its
// field shows all the same once a version in it is given, so that it can be cleared).
import { useId, useState, type ReactNode } from 'react';
import { givenVersions } from '../../shared/domain/versions.ts';
import { UN_LANGUAGES, type Translations, type UnLanguage } from '../../shared/domain/types.ts';
import { directionOf, languageNames } from '../i18n/language.ts';

export function TranslationFields(props: {
  /** What the versions are of, e.g. 'Title in other languages'. */
  label: string;
  /** The form's name for the set ('titleTranslations'); each field is `${name}.${code}`. */
  name: string;
  value: Translations;
  onChange: (value: Translations) => void;
  /** The language the console reads in, and names the languages in. */
  reader: UnLanguage;
  maxLength: number;
  multiline?: boolean;
  hint?: string;
  disabled?: boolean;
  /** The error under a field (`${name}.${code}`) or under the set (`name`), if any. */
  errorOf?: (field: string) => ReactNode;
}) {
  const id = useId();
  const { value, reader, name } = props;
  const count = Object.keys(givenVersions(value)).length;
  const shown = UN_LANGUAGES.filter((code) => code !== reader || (value[code] ?? '') !== '');
  const names = languageNames(shown, reader);
  const errors = [name, ...shown.map((code) => `${name}.${code}`)].map((f) => props.errorOf?.(f));
  const anyError = errors.some(Boolean);
  const [toggled, setToggled] = useState(count > 0);
  return (
    <details
      className="translations"
      // A refusal in here opens it, so that the focus can go to the field at fault.
      open={toggled || anyError}
      onToggle={(e) => setToggled(e.currentTarget.open)}
    >
      <summary>
        {props.label}
        {count > 0 && <span className="translations-count"> ({count})</span>}
      </summary>
      {props.hint && <p className="translations-hint">{props.hint}</p>}
      {errors[0]}
      <div className="translations-fields">
        {shown.map((code, index) => {
          const field = `${name}.${code}`;
          const error = errors[index + 1];
          const common = {
            id: `${id}-${code}`,
            name: field,
            'data-field': field,
            lang: code,
            dir: directionOf(code),
            value: value[code] ?? '',
            maxLength: props.maxLength,
            disabled: props.disabled,
            autoComplete: 'off',
            'aria-invalid': error ? true : undefined,
          } as const;
          const change = (text: string) => props.onChange({ ...value, [code]: text });
          return (
            <div
              key={code}
              className="chair-field admin-field"
              data-invalid={error ? '' : undefined}
            >
              <label htmlFor={common.id}>{names[index]}</label>
              {props.multiline ? (
                <textarea {...common} rows={2} onChange={(e) => change(e.target.value)} />
              ) : (
                <input {...common} type="text" onChange={(e) => change(e.target.value)} />
              )}
              {error}
            </div>
          );
        })}
      </div>
    </details>
  );
}

/** The versions given, each after its language's name, written in its language: what is shown. */
export function VersionList(props: { versions: Translations | undefined; reader: UnLanguage }) {
  const given = UN_LANGUAGES.filter((code) => props.versions?.[code]);
  if (given.length === 0) return null;
  const names = languageNames(given, props.reader);
  return (
    <ul className="translations-list">
      {given.map((code, index) => (
        <li key={code}>
          {names[index]}:{' '}
          <bdi lang={code} dir={directionOf(code)}>
            {props.versions?.[code]}
          </bdi>
        </li>
      ))}
    </ul>
  );
}
