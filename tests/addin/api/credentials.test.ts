import { authHeaders, clearToken, configureCredentials, onUnauthorized, readToken, saveToken } from '../../../addin/api/credentials.js';
import { errorFromResponse } from '../../../addin/api/errors.js';
import { memoryStore, type KeyValueStore } from '../../../addin/state/storage.js';

describe('the pane credential', () => {
  let store: KeyValueStore;
  beforeEach(() => {
    store = memoryStore();
    configureCredentials({ store });
  });

  it('sends no Authorization header until a token is saved, then a bearer one', () => {
    expect(authHeaders()).toEqual({});
    saveToken('  wsu_abc  ');
    expect(store.getItem('wenshu.token')).toBe('wsu_abc');
    expect(authHeaders()).toEqual({ Authorization: 'Bearer wsu_abc' });
    clearToken();
    expect(readToken()).toBeUndefined();
  });

  it("keeps each Office partition's token apart", () => {
    configureCredentials({ store, partitionKey: 'mailbox-a:' });
    saveToken('wsu_a');
    expect(store.getItem('mailbox-a:wenshu.token')).toBe('wsu_a');
    configureCredentials({ store, partitionKey: 'mailbox-b:' });
    expect(readToken()).toBeUndefined();
  });

  it('announces every 401 from the gateway, and nothing else', async () => {
    let heard = 0;
    const stop = onUnauthorized(() => (heard += 1));
    const answer = (status: number) => new Response(JSON.stringify({ error: { code: status === 401 ? 'unauthorized' : 'internal', message: 'm' } }), { status });
    const err = await errorFromResponse(answer(401));
    expect(err.code).toBe('unauthorized');
    await errorFromResponse(answer(500));
    expect(heard).toBe(1);
    stop();
    await errorFromResponse(answer(401));
    expect(heard).toBe(1);
  });
});
