/** The admin console's page: /admin in a normal browser, without office.js, from the gateway. */
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

describe('the admin console page', () => {
  let model: FakeModelServerHandle;
  let gw: TestGateway;

  beforeAll(async () => {
    model = await new FakeModelServer().start();
    gw = await startTestGateway({ modelUrl: model.url });
  });
  afterAll(async () => {
    await gw.close();
    await model.close();
  });

  it.each(['/admin', '/admin.html'])('serves %s: the console bundle and no office.js, never cached', async (path) => {
    const res = await gw.request(path, { anonymous: true });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const html = await res.text();
    expect(html).toContain('<script src="/addin/admin.js" defer></script>');
    expect(html).not.toMatch(/<script[^>]*office\.js/);
    expect(html).toContain('<div id="root">');
  });
});
