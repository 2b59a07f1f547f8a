/** Which inline blocks of a page template the policy allows, and by which hash. */
import { createHash } from 'node:crypto';
import { hashSource, inlineHashesOf } from '../../../src/server/security/inline-hashes.js';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inline block hashes', () => {
  it('hashes inline scripts and styles exactly as written', () => {
    const html = '<head><script>\n  window.x = 1;\n</script><style>body { margin: 0 }</style><script type="module">go()</script></head>';
    expect(inlineHashesOf(html)).toEqual({ scripts: [sha('\n  window.x = 1;\n'), sha('go()')], styles: [sha('body { margin: 0 }')] });
  });

  it('leaves out external scripts, data blocks and anything filled in per deployment', () => {
    const html = [
      '<script src="/addin/taskpane.js" defer></script>',
      '<script defer src=/addin/x.js></script>',
      '<script id="cfg" type="application/json">{"a":1}</script>',
      '<script>var url = "%OFFICE_JS_URL%";</script>',
      '<style>.a { background: url(%LOGO%) }</style>',
    ].join('\n');
    expect(inlineHashesOf(html)).toEqual({ scripts: [], styles: [] });
  });

  it('hashes what the browser hashes: line breaks as LF, whatever the file uses', () => {
    expect(hashSource('a\r\nb\rc')).toBe(sha('a\nb\nc'));
  });
});
