/**
 * A stand-in identity provider on loopback for OIDC tests: a real HTTP JWKS endpoint and
 * discovery document, serving public keys generated with jose, a signer for access tokens
 * shaped like Entra ID's, Keycloak's or ADFS's, and an authorization-code endpoint pair that
 * checks PKCE (the "user" signing in is whoever `signInAs` names; no login form).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';

export interface SignOptions {
  /** Defaults to the provider's issuer. */
  issuer?: string;
  audience?: string | string[];
  /** Seconds from now; negative for a token that has already expired. Default 600. */
  expiresIn?: number;
  /** Signs with another private key (the kid stays unless `kid` is given too). */
  key?: CryptoKey;
  kid?: string;
}

export interface FakeOidcProvider {
  url: string;
  issuer: string;
  jwksUrl: string;
  /** How many times the key set was fetched. */
  jwksFetches(): number;
  sign(claims: JWTPayload, options?: SignOptions): Promise<string>;
  /** A key pair the provider does not publish. */
  strangerKey(): Promise<CryptoKey>;
  /** Claims of the user the /authorize endpoint signs in next. */
  signInAs(claims: JWTPayload): void;
  /** Token-endpoint calls and whether their PKCE verifier matched. */
  tokenRequests(): { clientId: string; pkceOk: boolean }[];
  close(): Promise<void>;
}

export const KID = 'test-key-1';

export async function startFakeOidc(opts: { audience: string }): Promise<FakeOidcProvider> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  let fetches = 0;
  let base = '';
  let user: JWTPayload = { sub: 'user-1', preferred_username: 'user' };
  const codes = new Map<string, { challenge: string; clientId: string; redirectUri: string; claims: JWTPayload }>();
  const tokenCalls: { clientId: string; pkceOk: boolean }[] = [];
  const sign = async (claims: JWTPayload, options: SignOptions = {}) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? KID, typ: 'JWT' })
      .setIssuer(options.issuer ?? base)
      .setAudience(options.audience ?? opts.audience)
      .setIssuedAt(now - 5)
      .setExpirationTime(now + (options.expiresIn ?? 600))
      .sign(options.key ?? privateKey);
  };
  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => resolve(body));
    });

  const server: Server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? '/', base);
    if (url.pathname === '/authorize') {
      const q = url.searchParams;
      const redirect = new URL(q.get('redirect_uri') ?? '');
      if (q.get('response_type') !== 'code' || q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) {
        redirect.searchParams.set('error', 'invalid_request');
      } else {
        const code = randomBytes(12).toString('hex');
        codes.set(code, { challenge: q.get('code_challenge')!, clientId: q.get('client_id') ?? '', redirectUri: redirect.toString(), claims: user });
        redirect.searchParams.set('code', code);
      }
      redirect.searchParams.set('state', q.get('state') ?? '');
      res.writeHead(302, { location: redirect.toString() });
      return res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      void readBody(req).then(async (raw) => {
        const form = new URLSearchParams(raw);
        const grant = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        const pkceOk = !!grant && createHash('sha256').update(verifier).digest('base64url') === grant.challenge;
        tokenCalls.push({ clientId: form.get('client_id') ?? '', pkceOk });
        if (!grant || !pkceOk || grant.clientId !== form.get('client_id') || grant.redirectUri !== form.get('redirect_uri')) {
          return send(400, { error: 'invalid_grant', error_description: 'code, client or PKCE verifier does not match' });
        }
        return send(200, { access_token: await sign(grant.claims), token_type: 'Bearer', expires_in: 600 });
      });
      return;
    }
    if (req.url === '/jwks') {
      fetches += 1;
      return send(200, { keys: [jwk] });
    }
    if (req.url === '/.well-known/openid-configuration') {
      return send(200, { issuer: base, jwks_uri: `${base}/jwks`, authorization_endpoint: `${base}/authorize`, token_endpoint: `${base}/token` });
    }
    return send(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    issuer: base,
    jwksUrl: `${base}/jwks`,
    jwksFetches: () => fetches,
    sign,
    async strangerKey() {
      return (await generateKeyPair('RS256')).privateKey;
    },
    signInAs(claims) {
      user = claims;
    },
    tokenRequests: () => [...tokenCalls],
    // A browser keeps its sockets open: drop them, or close() waits for the browser.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
