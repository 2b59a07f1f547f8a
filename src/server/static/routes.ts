/**
 * Everything a browser or Office loads from the gateway: the pane's pages and bundle, icons,
 * office.js from the @microsoft/office-js package (so an intranet needs no CDN), and both
 * manifests with the public URL filled in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { MANIFEST_DEV_ORIGIN, PATHS } from '../paths.js';
import { errorBody, requestLocale } from '../http/errors.js';

export interface StaticOptions {
  publicUrl: string;
  officeJsUrl: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeAttr = escapeXml;

export function renderManifest(xml: string, publicUrl: string): string {
  return xml.split(MANIFEST_DEV_ORIGIN).join(escapeXml(publicUrl));
}

export async function staticRoutes(app: FastifyInstance, opts: StaticOptions): Promise<void> {
  const manifests = {
    '/manifest.xml': renderManifest(readFileSync(PATHS.wordManifest, 'utf8'), opts.publicUrl),
    '/manifest.outlook.xml': renderManifest(readFileSync(PATHS.outlookManifest, 'utf8'), opts.publicUrl),
  };
  for (const [url, xml] of Object.entries(manifests)) {
    app.get(url, async (_req, reply) =>
      // Office caches manifests hard; ask it not to, so a changed PUBLIC_URL is picked up.
      reply.type('application/xml; charset=utf-8').header('Cache-Control', 'no-cache').send(xml),
    );
  }

  const page = (name: string) => readFileSync(join(PATHS.pages, `${name}.html`), 'utf8').replace('%OFFICE_JS_URL%', escapeAttr(opts.officeJsUrl));
  const sendHtml = (reply: FastifyReply, html: string) => reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(html);
  for (const name of ['taskpane', 'commands']) {
    const html = page(name);
    app.get(`/${name}.html`, async (_req, reply) => sendHtml(reply, html));
  }
  // The admin console in a normal browser.
  const admin = page('admin');
  for (const url of ['/admin', '/admin.html']) app.get(url, async (_req, reply) => sendHtml(reply, admin));
  // The preview host (the pane beside a stand-in, for trying Wenshu without Office):
  // /preview?host=word shows a Word document, /preview?host=outlook an Outlook message.
  const previews = { word: page('preview'), outlook: page('preview-outlook') };
  for (const url of ['/preview', '/preview.html']) {
    app.get<{ Querystring: { host?: string } }>(url, async (req, reply) => sendHtml(reply, req.query.host === 'outlook' ? previews.outlook : previews.word));
  }
  app.get('/', async (_req, reply) => reply.redirect('/taskpane.html'));

  await app.register(fastifyStatic, { root: join(PATHS.assets, 'icons'), prefix: '/assets/icons/', decorateReply: false, maxAge: '1d' });
  await app.register(fastifyStatic, { root: PATHS.officeJs, prefix: '/office-js/', decorateReply: false, maxAge: '1d' });
  if (existsSync(PATHS.addinBundle)) {
    await app.register(fastifyStatic, { root: PATHS.addinBundle, prefix: '/addin/', decorateReply: false, cacheControl: true, maxAge: 0 });
  } else {
    app.get('/addin/*', async (request, reply) =>
      reply.status(503).send(errorBody(requestLocale(request), 'bad_request', { detail: 'the add-in is not built; run npm run build:addin' })),
    );
  }
}
