/**
 * Who the pane is signed in as, for the header's account menu. SessionGate provides it; a
 * pane outside a gate (tests, the preview's stand-alone pieces) has no principal and no menu.
 */
import { createContext, useContext } from 'react';
import type { Principal } from '../api/session.js';

export interface SessionInfo {
  principal: Principal | null;
  signOut(): void;
}

export const SessionInfoContext = createContext<SessionInfo>({ principal: null, signOut: () => undefined });

export function useSessionInfo(): SessionInfo {
  return useContext(SessionInfoContext);
}
