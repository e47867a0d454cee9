import { useId, useMemo, useState } from 'react';
import type { Speaker } from '../../../../shared/domain/types.ts';
import { delegationChoices, matchingChoices } from '../follow-model.ts';
import { format } from '../../../i18n/format.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { FollowMessages } from '../messages/follow-messages.ts';
import { useDelegationNames } from '../../../i18n/delegation-names.ts';

/** A search box over the delegations on the list; a tap on one picks it. */
export function DelegationPicker(props: {
  speakers: readonly Speaker[];
  onPick: (delegation: string) => void;
  onCancel: () => void;
}) {
  const { language, texts } = useScreen<FollowMessages>();
  // A delegate may type the English name ('Germany' on a French phone): the English table is
  // fetched when the picker opens, not before the page shows; the list re-reads it when it comes.
  useDelegationNames('en');
  const [query, setQuery] = useState('');
  const inputId = useId();
  const choices = useMemo(
    () => delegationChoices(props.speakers, language),
    [props.speakers, language],
  );
  const shown = matchingChoices(choices, query);
  return (
    <div className="follow-picker">
      <label htmlFor={inputId} className="follow-picker-label">
        {texts.findDelegation}
      </label>
      <div className="follow-picker-search">
        <input
          id={inputId}
          type="search"
          value={query}
          autoComplete="off"
          // The picker opens on the delegate's tap: the box takes the typing at once.
          autoFocus
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') props.onCancel();
            const only = shown[0];
            if (event.key === 'Enter' && shown.length === 1 && only) props.onPick(only.delegation);
          }}
        />
        <button type="button" className="follow-button-quiet" onClick={props.onCancel}>
          {texts.cancel}
        </button>
      </div>
      {shown.length === 0 ? (
        <p className="follow-picker-none">{format(texts.noMatch, { query })}</p>
      ) : (
        <ul className="follow-picker-list">
          {shown.map((choice) => (
            <li key={choice.delegation}>
              <button type="button" onClick={() => props.onPick(choice.delegation)}>
                <bdi>{choice.name}</bdi>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
