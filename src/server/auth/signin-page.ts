/**
 * GET /signin.html: the page the pane's sign-in dialog opens (oidc mode). It runs the
 * authorization-code flow with PKCE against OIDC_AUTHORIZE_URL and hands the token back to
 * the pane; this route only fills in the provider's settings. The redirect URI is this page's own
 * address (PUBLIC_URL/signin.html when Office loads the pane from PUBLIC_URL).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { PATHS } from '../paths.js';

/** What addin/signin/page.ts reads from the page. */
export interface SignInPageConfig {
  issuer: string;
  authorizeUrl: string;
  clientId: string;
  scope: string;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// JSON inside <script>: `<` escaped so no value can close the element.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export async function signInPage(app: FastifyInstance, { config }: { config: Config }): Promise<void> {
  const settings: SignInPageConfig | null =
    config.AUTH_MODE === 'oidc'
      ? {
          issuer: config.OIDC_ISSUER![0]!,
          authorizeUrl: config.OIDC_AUTHORIZE_URL!,
          clientId: config.OIDC_CLIENT_ID!,
          scope: config.OIDC_SCOPE,
        }
      : null;
  const html = readFileSync(join(PATHS.pages, 'signin.html'), 'utf8')
    .replace('%OFFICE_JS_URL%', escapeAttr(config.OFFICE_JS_URL))
    .replace('%SIGNIN_CONFIG%', scriptJson(settings));
  app.get('/signin.html', async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      // The window goes to the provider and back; any stricter opener policy would cut its link
      // to the pane on the way (a new browsing context group), and the token could not be handed back.
      .header('Cross-Origin-Opener-Policy', 'unsafe-none')
      .send(html),
  );
}
