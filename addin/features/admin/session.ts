/**
 * Who is signed in, for the console's screens: GET /api/session through the pane's client
 * (addin/api/session.ts), and whether that principal is an admin.
 */
import { getSession, type Principal, type Session } from '../../api/session.js';

export type { Principal as SessionPrincipal, Session };

/** The session as the gateway reports it (public: `principal` is null when no one is signed in). */
export const loadSession = getSession;

export const isAdmin = (session: Pick<Session, 'principal'> | undefined): boolean => session?.principal?.role === 'admin';
