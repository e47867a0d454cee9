// The language of the screen, given once at the top and read where text is written.
import { createContext, useContext, type ReactNode } from 'react';
import type { UnLanguage } from '../../shared/domain/types.ts';
import { messagesFor } from './messages.ts';
import type { Messages } from './messages.ts';

interface LanguageValue {
  language: UnLanguage;
  messages: Messages;
}

const LanguageContext = createContext<LanguageValue>({
  language: 'en',
  messages: messagesFor('en'),
});

export function LanguageProvider(props: { language: UnLanguage; children: ReactNode }) {
  const value = { language: props.language, messages: messagesFor(props.language) };
  return <LanguageContext.Provider value={value}>{props.children}</LanguageContext.Provider>;
}

/** The screen's language and its fixed texts. */
export function useLanguage(): LanguageValue {
  return useContext(LanguageContext);
}
