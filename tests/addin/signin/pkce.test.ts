import { authorizeRequestUrl, challengeFor, discoveryUrl, isProviderSettings, randomString, tokenRequestBody } from '../../../addin/signin/pkce.js';

const settings = {
  issuer: 'https://sso.example/realms/staff/',
  authorizeUrl: 'https://sso.example/realms/staff/protocol/openid-connect/auth?kc_idp_hint=corp',
  clientId: 'wenshu-pane',
  scope: 'openid profile',
  redirectUri: 'https://wenshu.corp.example/signin.html',
};

describe('PKCE sign-in pieces', () => {
  it('derives the S256 challenge of RFC 7636, appendix B', async () => {
    await expect(challengeFor('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).resolves.toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes verifiers of 43 URL-safe characters that do not repeat', () => {
    const a = randomString();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomString()).not.toBe(a);
  });

  it('asks the provider for a code with the challenge, keeping parameters already in the URL', () => {
    const url = new URL(authorizeRequestUrl(settings, 'CHALLENGE', 'STATE'));
    expect(url.origin + url.pathname).toBe('https://sso.example/realms/staff/protocol/openid-connect/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      kc_idp_hint: 'corp',
      response_type: 'code',
      client_id: 'wenshu-pane',
      redirect_uri: 'https://wenshu.corp.example/signin.html',
      scope: 'openid profile',
      state: 'STATE',
      code_challenge: 'CHALLENGE',
      code_challenge_method: 'S256',
    });
  });

  it('exchanges the code with the verifier, and finds the discovery document under the issuer', () => {
    expect(Object.fromEntries(tokenRequestBody(settings, 'CODE', 'VERIFIER'))).toEqual({
      grant_type: 'authorization_code',
      code: 'CODE',
      redirect_uri: 'https://wenshu.corp.example/signin.html',
      client_id: 'wenshu-pane',
      code_verifier: 'VERIFIER',
    });
    expect(discoveryUrl(settings.issuer)).toBe('https://sso.example/realms/staff/.well-known/openid-configuration');
  });

  it('accepts only complete provider settings from the page', () => {
    expect(isProviderSettings(settings)).toBe(true);
    expect(isProviderSettings({ ...settings, clientId: '' })).toBe(false);
    expect(isProviderSettings(null)).toBe(false);
  });
});
