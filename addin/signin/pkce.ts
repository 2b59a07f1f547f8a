/**
 * The authorization-code flow with PKCE (RFC 7636) for a public client: the pieces that need
 * no page, so they can be tested on their own. Web Crypto only; runs in browsers and Node.
 */
/** What the gateway puts in the page (src/server/auth/signin-page.ts). */
export interface ProviderSettings {
  issuer: string;
  authorizeUrl: string;
  clientId: string;
  scope: string;
}

export interface SignInSettings extends ProviderSettings {
  /** The sign-in page's own address, registered with the provider. */
  redirectUri: string;
}

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** A random string for the code verifier or the state (32 bytes → 43 characters). */
export function randomString(bytes = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** S256 code challenge: base64url(SHA-256(verifier)). */
export async function challengeFor(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

export function authorizeRequestUrl(settings: SignInSettings, challenge: string, state: string): string {
  const url = new URL(settings.authorizeUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', settings.clientId);
  url.searchParams.set('redirect_uri', settings.redirectUri);
  url.searchParams.set('scope', settings.scope);
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url.toString();
}

export const discoveryUrl = (issuer: string): string => `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;

export function tokenRequestBody(settings: SignInSettings, code: string, verifier: string): URLSearchParams {
  return new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: settings.redirectUri,
    client_id: settings.clientId,
    code_verifier: verifier,
  });
}

export function isProviderSettings(value: unknown): value is ProviderSettings {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['issuer', 'authorizeUrl', 'clientId', 'scope'].every((k) => typeof v[k] === 'string' && v[k] !== '');
}
