/**
 * Who is signed in, as GET /api/session tells the pane: the gateway's principal and which
 * sign-in screen fits the gateway's AUTH_MODE. Shared by the gateway and the add-in.
 */
export type Role = 'admin' | 'author';
export const ROLES = ['admin', 'author'] as const satisfies readonly Role[];

export type AuthMode = 'token' | 'oidc' | 'trusted-header';

export interface Principal {
  /** Stable id: the token id, the OIDC subject, or the proxy's user name. */
  id: string;
  /** What people and the audit log see. */
  name: string;
  role: Role;
  via: AuthMode;
}

export type SignIn =
  | { kind: 'token' }
  | { kind: 'oidc'; authorizeUrl: string; clientId: string; scope: string }
  | { kind: 'trusted-header' };

export interface Session {
  mode: AuthMode;
  principal: Principal | null;
  signIn: SignIn;
  /** Why credentials that were sent were refused (expired, revoked, a missing role). */
  problem?: { code: string; message: string };
}
