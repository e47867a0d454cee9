// What every part of the secretariat's console shares: the API (with the key), the console's
// language and texts, and the client clock (a test passes its own through ClientClockProvider).
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { UnLanguage } from '../../../shared/domain/types.ts';
import type { AdminApi } from './admin-api.ts';
import { adminMessages, type AdminMessages } from './messages/admin-messages.ts';

export interface AdminContextValue {
  api: AdminApi;
  language: UnLanguage;
  messages: AdminMessages;
}

const AdminContext = createContext<AdminContextValue | null>(null);

export function AdminProvider(props: { api: AdminApi; language: UnLanguage; children: ReactNode }) {
  const { api, language } = props;
  // One value while its inputs hold: a new one would draw every part of the console again.
  const value = useMemo(
    () => ({ api, language, messages: adminMessages(language) }),
    [api, language],
  );
  return <AdminContext.Provider value={value}>{props.children}</AdminContext.Provider>;
}

/** The console's shared parts; only inside an AdminProvider. */
export function useAdmin(): AdminContextValue {
  const value = useContext(AdminContext);
  if (!value) throw new Error("useAdmin is used outside the secretariat's console");
  return value;
}
