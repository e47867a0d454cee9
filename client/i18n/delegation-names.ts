// A screen's names for the States and organizations, fetched for its own language only: each
// language's table is a chunk of its own (2.5 to 3.3 KB gzipped), so that a phone downloads the
// one it shows and not all six.
import { useEffect, useState } from 'react';
import { addNameTable, hasNameTable } from '../../shared/delegations/display-name.ts';
import type { NameTable } from '../../shared/delegations/name-table.ts';
import type { UnLanguage } from '../../shared/domain/types.ts';

const LOADERS: Record<UnLanguage, () => Promise<NameTable>> = {
  en: () => import('../../shared/delegations/names/en.ts').then((m) => m.EN_NAMES),
  ar: () => import('../../shared/delegations/names/ar.ts').then((m) => m.AR_NAMES),
  zh: () => import('../../shared/delegations/names/zh.ts').then((m) => m.ZH_NAMES),
  fr: () => import('../../shared/delegations/names/fr.ts').then((m) => m.FR_NAMES),
  ru: () => import('../../shared/delegations/names/ru.ts').then((m) => m.RU_NAMES),
  es: () => import('../../shared/delegations/names/es.ts').then((m) => m.ES_NAMES),
};

const loading = new Map<UnLanguage, Promise<void>>();

/** Fetches `language`'s names once (a failed fetch is tried again on the next call). */
export function loadDelegationNames(language: UnLanguage): Promise<void> {
  if (hasNameTable(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]().then(
      (table) => addNameTable(language, table),
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/**
 * True once the screen can name delegations in `language`. Until then a screen shows nothing
 * rather than a name in the wrong language; a failed fetch is tried again every few seconds.
 */
export function useDelegationNames(language: UnLanguage): boolean {
  const [ready, setReady] = useState(() => hasNameTable(language));
  useEffect(() => {
    if (hasNameTable(language)) {
      setReady(true);
      return;
    }
    setReady(false);
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const attempt = () => {
      loadDelegationNames(language).then(
        () => live && setReady(true),
        () => {
          if (live) retry = setTimeout(attempt, 3000);
        },
      );
    };
    attempt();
    return () => {
      live = false;
      clearTimeout(retry);
    };
  }, [language]);
  return ready;
}
