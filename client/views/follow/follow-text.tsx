// The language of the phone view and its texts, given once at the top and read where text is
// written. The texts are loaded before the view renders (messages/follow-messages.ts).
import { createContext, useContext, type ReactNode } from 'react';
import type { UnLanguage } from '../../../shared/domain/types.ts';
import type { FollowMessages } from './messages/follow-messages.ts';

export interface FollowText {
  language: UnLanguage;
  text: FollowMessages;
}

const FollowTextContext = createContext<FollowText | null>(null);

export function FollowTextProvider(props: { value: FollowText; children: ReactNode }) {
  return (
    <FollowTextContext.Provider value={props.value}>{props.children}</FollowTextContext.Provider>
  );
}

/** The screen's language and its texts. */
export function useFollowText(): FollowText {
  const value = useContext(FollowTextContext);
  if (!value) throw new Error('useFollowText outside FollowTextProvider');
  return value;
}
