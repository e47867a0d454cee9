import { useId, useState, type KeyboardEvent } from 'react';
import { delegationName } from '../../../../shared/delegations/display-name.ts';
import { format } from '../../../i18n/format.ts';
import { resolveName, searchDelegations } from '../delegation-search.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

/**
 * The delegation field (and the "on behalf of" field): a type-ahead over the States and the known
 * organizations and groups by their names in the console's language, and by any other name they
 * go by; any other text is an organization, shown as typed.
 */
export function DelegationInput(props: {
  value: string;
  onChange: (text: string) => void;
  label: string;
  autoFocus?: boolean;
}) {
  const { language, texts } = useScreen<ChairMessages>();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = open ? searchDelegations(props.value, language) : [];
  const resolution = resolveName(props.value);
  const choose = (name: string) => {
    props.onChange(name);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (options.length === 0 ? 0 : (a + step + options.length) % options.length));
    } else if (event.key === 'Enter' && open && options[active]) {
      // Enter picks the highlighted State; a second Enter submits the form.
      event.preventDefault();
      choose(options[active].name);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };
  const listId = `${id}-states`;
  return (
    <div className="chair-field chair-delegation-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={options[active] ? `${listId}-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        autoFocus={props.autoFocus}
        value={props.value}
        onChange={(event) => {
          props.onChange(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {options.length > 0 && (
        <ul className="chair-suggestions" id={listId} role="listbox" aria-label={texts.suggestions}>
          {options.map((option, index) => (
            <li
              key={option.value}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // Chosen on mouse down, before the field loses the focus and closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option.name);
              }}
            >
              <bdi>{option.name}</bdi>
              <span className="chair-suggestion-code">
                {option.name === option.englishName ? '' : `${option.englishName} · `}
                {option.kind === 'state' ? option.value : texts.organizationOption}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="chair-field-hint" id={`${id}-hint`}>
        {props.value.trim() === ''
          ? texts.delegationHint
          : resolution.kind === 'found'
            ? resolution.match.kind === 'state'
              ? format(texts.stateChosen, {
                  name: `${delegationName(resolution.match.value, language)} (${resolution.match.value})`,
                })
              : format(texts.organizationChosen, {
                  name: delegationName(resolution.match.value, language),
                })
            : resolution.kind === 'ambiguous'
              ? format(texts.delegationAmbiguous, {
                  names: resolution.matches
                    .map((match) => delegationName(match.value, language))
                    .join(' / '),
                })
              : texts.organizationTyped}
      </p>
    </div>
  );
}
