/**
 * The Content-Security-Policy of each kind of page, built once at start. Scripts come only from
 * the gateway (and office.js's origin when OFFICE_JS_URL points elsewhere, e.g. Microsoft's CDN)
 * or are inline blocks of our own templates; no eval. Styles: our files, our templates' blocks and
 * the empty <style> elements Fluent UI fills through the CSSOM. The pane may be framed by Office on
 * the web (FRAME_ANCESTORS); the admin console by nobody. Everything that is not a page gets a
 * policy that allows nothing, so a JSON or file response opened as a document can run nothing.
 */
import { originOf } from './origins.js';
import { EMPTY_STYLE_HASH, type InlineHashes } from './inline-hashes.js';

export type PageKind = 'pane' | 'admin' | 'signin' | 'preview';

export interface CspOptions {
  officeJsUrl: string;
  frameAncestors: readonly string[];
  inline: InlineHashes;
  /** Origins the sign-in page talks to (the OIDC provider), if any. */
  signInConnect: readonly string[];
}

export const NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const join = (directives: Record<string, readonly string[]>) =>
  Object.entries(directives)
    .map(([name, sources]) => `${name} ${[...new Set(sources)].join(' ')}`)
    .join('; ');

/** The absolute origin of OFFICE_JS_URL, or nothing when the gateway serves it (a path). */
export function officeJsOrigin(officeJsUrl: string): string[] {
  if (!/^https?:\/\//i.test(officeJsUrl)) return [];
  const origin = originOf(officeJsUrl);
  return origin ? [origin] : [];
}

export function pagePolicies(opts: CspOptions): Record<PageKind, string> {
  const base = (kind: PageKind) => ({
    'default-src': ["'self'"],
    'script-src': ["'self'", ...officeJsOrigin(opts.officeJsUrl), ...opts.inline.scripts],
    // The preview's stand-in mail shows sample HTML with style attributes, as a mail client
    // does (its hidden parts must stay hidden); only there are inline styles allowed. A hash in
    // the list would switch 'unsafe-inline' off, so that list has none. Scripts stay strict.
    'style-src': kind === 'preview' ? ["'self'", "'unsafe-inline'"] : ["'self'", EMPTY_STYLE_HASH, ...opts.inline.styles],
    'img-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(kind === 'signin' ? opts.signInConnect : [])],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': kind === 'admin' ? ["'none'"] : opts.frameAncestors,
  });
  return { pane: join(base('pane')), admin: join(base('admin')), signin: join(base('signin')), preview: join(base('preview')) };
}

/** Which policy a page path gets. */
export function pageKind(path: string): PageKind {
  if (path === '/admin' || path === '/admin.html' || path.startsWith('/admin/')) return 'admin';
  if (path === '/signin.html') return 'signin';
  if (path === '/preview' || path === '/preview.html') return 'preview';
  return 'pane';
}
