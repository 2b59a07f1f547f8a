/**
 * The preview page as the gateway serves it: /preview carries the contract the pane's boot code
 * reads (PreviewConfig), a contenteditable document stand-in with that id, the pane's #root, and
 * office.js from OFFICE_JS_URL like the task pane.
 */
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

describe('/preview', () => {
  let model: FakeModelServerHandle;
  let gw: TestGateway;

  beforeAll(async () => {
    model = await new FakeModelServer().start();
    gw = await startTestGateway({ modelUrl: model.url, env: { OFFICE_JS_URL: '/office-js/office.js' } });
  });
  afterAll(async () => {
    await gw.close();
    await model.close();
  });

  it.each(['/preview?host=word', '/preview.html'])('serves %s with the preview contract, the document stand-in and the pane', async (url) => {
    const res = await gw.request(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const page = await res.text();
    expect(page).toContain('<script src="/office-js/office.js"></script>');
    expect(page).toContain('<script src="/addin/taskpane.js" defer></script>');
    expect(page).toMatch(/window\.__WENSHU_PREVIEW__ = \{\s*host: 'word',\s*documentElementId: 'wenshu-document'/);
    expect(page).toMatch(/<article id="wenshu-document"[^>]*contenteditable="true"/);
    expect(page).toContain('<div id="root"></div>');
    // The contract is set before the bundle loads.
    expect(page.indexOf('__WENSHU_PREVIEW__')).toBeLessThan(page.indexOf('/addin/taskpane.js'));
  });
});
