// The client's clock, given to the components that show time. The page uses the real one; a
// test passes a clock it steps itself instead of faking the system time.
import { createContext, useContext, type ReactNode } from 'react';
import type { EpochMs } from '../../shared/time.ts';

export type ClientClock = () => EpochMs;

const ClientClockContext = createContext<ClientClock>(() => Date.now());

export function ClientClockProvider(props: { clock: ClientClock; children: ReactNode }) {
  return (
    <ClientClockContext.Provider value={props.clock}>{props.children}</ClientClockContext.Provider>
  );
}

/** The client's clock (the real one unless a provider says otherwise). */
export function useClientClock(): ClientClock {
  return useContext(ClientClockContext);
}
