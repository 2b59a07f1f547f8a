/** The host adapter reaches components through context; they ask supports(), never host names. */
import { createContext, useContext, type ReactNode } from 'react';
import type { HostAdapter } from '../host/types.js';

const HostContext = createContext<HostAdapter | null>(null);

export function HostProvider({ adapter, children }: { adapter: HostAdapter; children: ReactNode }) {
  return <HostContext.Provider value={adapter}>{children}</HostContext.Provider>;
}

export function useHost(): HostAdapter {
  const adapter = useContext(HostContext);
  if (!adapter) throw new Error('useHost() needs a <HostProvider>');
  return adapter;
}
