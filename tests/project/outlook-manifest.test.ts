/**
 * The Outlook manifest as checked in (the gateway serves it with PUBLIC_URL filled in; that copy
 * is validated in tests/server/gateway-static.test.ts). ReadWriteItem is the never-send promise
 * on Outlook's side: with it an add-in cannot send, read other items or call EWS, so it must be
 * the only permission asked for. The rest is what Outlook needs to offer Wenshu where users are:
 * a button when reading a message and one when writing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MANIFEST = `${ROOT}manifest.outlook.xml`;
const XSD = fileURLToPath(new URL('../../../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd', import.meta.url));
// CI always has ../shared; a clone elsewhere may not, and then only the schema check is skipped.
const withSchemas = existsSync(XSD) ? it : it.skip;

const xml = readFileSync(MANIFEST, 'utf8');
const doc = parseDocument(xml, { xmlMode: true });
const all = (name: string): Element[] => DomUtils.getElementsByTagName(name, doc, true);
const text = (el: Element | undefined) => (el ? DomUtils.textContent(el).trim() : undefined);

describe('manifest.outlook.xml', () => {
  it('is a mail add-in', () => {
    const [root] = all('OfficeApp');
    expect(root?.attribs['xsi:type']).toBe('MailApp');
    expect(all('Host').filter((h) => h.parent === all('Hosts')[0]).map((h) => h.attribs.Name)).toEqual(['Mailbox']);
  });

  it('asks for ReadWriteItem and nothing more: exactly one Permissions element', () => {
    const permissions = all('Permissions');
    expect(permissions).toHaveLength(1);
    expect(text(permissions[0])).toBe('ReadWriteItem');
    // Neither a higher level nor the supplementary permissions that reach beyond the open item.
    expect(xml).not.toMatch(/ReadWriteMailbox|ExtendedPermission|AppendOnSend|Restricted/);
  });

  it('needs only Mailbox 1.1 to load; newer calls are checked at run time', () => {
    const sets = all('Set').filter((s) => s.attribs.Name === 'Mailbox' && s.attribs.MinVersion);
    expect(sets.map((s) => s.attribs.MinVersion)).toEqual(['1.1']);
  });

  it('puts a button on the read surface and one on the compose surface, each opening the pane in its mode', () => {
    const points = all('ExtensionPoint');
    expect(points.map((p) => p.attribs['xsi:type'])).toEqual(['MessageReadCommandSurface', 'MessageComposeCommandSurface']);
    const urls = new Map(all('bt:Url').map((u) => [u.attribs.id, u.attribs.DefaultValue]));
    const opens = points.map((point) => {
      const [button] = DomUtils.getElementsByTagName('Control', point, true);
      expect(button?.attribs['xsi:type']).toBe('Button');
      const [source] = DomUtils.getElementsByTagName('SourceLocation', point, true);
      return urls.get(source?.attribs.resid);
    });
    expect(opens).toEqual(['https://localhost:3000/taskpane.html?host=outlook&mode=read', 'https://localhost:3000/taskpane.html?host=outlook&mode=compose']);
  });

  it('takes every icon from /assets/icons, and each of them exists', () => {
    const icons = [...all('IconUrl'), ...all('HighResolutionIconUrl'), ...all('bt:Image').filter((i) => i.attribs.DefaultValue)].map((i) => i.attribs.DefaultValue ?? '');
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const url of icons) {
      const path = /^https:\/\/localhost:3000\/assets\/icons\/(icon-\d+\.png)$/.exec(url)?.[1];
      expect(path).toBeDefined();
      expect(existsSync(`${ROOT}assets/icons/${path}`)).toBe(true);
    }
  });

  withSchemas('is valid against Microsoft\'s manifest schema', () => {
    const out = execFileSync('xmllint', ['--noout', '--schema', XSD, MANIFEST], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toBe('');
  });

  withSchemas('and the schema check would catch a second Permissions element', () => {
    // Proof that the validation above is not vacuous for the permission this promise rests on.
    const doubled = xml.replace('<Permissions>ReadWriteItem</Permissions>', '<Permissions>ReadWriteItem</Permissions><Permissions>ReadWriteMailbox</Permissions>');
    expect(() => execFileSync('xmllint', ['--noout', '--schema', XSD, '-'], { input: doubled, stdio: ['pipe', 'pipe', 'pipe'] })).toThrow(/fails to validate|not expected/);
  });
});
