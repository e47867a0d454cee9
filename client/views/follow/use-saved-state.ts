// A piece of state the phone remembers (see follow-settings.ts).
import { useCallback, useState } from 'react';
import { readSetting, writeSetting } from './follow-settings.ts';

/** The stored value under `key` (null when none), and a setter that stores as it sets. */
export function useSavedState(key: string): [string | null, (value: string | null) => void] {
  const [value, setValue] = useState(() => readSetting(key));
  const save = useCallback(
    (next: string | null) => {
      writeSetting(key, next);
      setValue(next);
    },
    [key],
  );
  return [value, save];
}
