import { SettingsStore } from '../../../src/server/settings/store.js';
import { DIALECTS, freshDatabase, type TestDatabase } from '../../support/databases.js';

describe.each(DIALECTS)('settings store on %s', (dialect) => {
  let database: TestDatabase;
  let settings: SettingsStore;
  beforeEach(async () => {
    database = await freshDatabase(dialect);
    settings = new SettingsStore(database);
  });
  afterEach(async () => database.dispose());

  it('returns undefined for a missing key, then the value set, then the replaced value', async () => {
    expect(await settings.get('admin_token_sha256')).toBeUndefined();
    await settings.set('admin_token_sha256', 'aaa');
    expect(await settings.get('admin_token_sha256')).toBe('aaa');
    await settings.set('admin_token_sha256', 'bbb');
    expect(await settings.get('admin_token_sha256')).toBe('bbb');
    expect(await settings.delete('admin_token_sha256')).toBe(true);
    expect(await settings.get('admin_token_sha256')).toBeUndefined();
  });

  it('setIfAbsent stores only the first value and says whether it stored', async () => {
    expect(await settings.setIfAbsent('k', 'first')).toBe(true);
    expect(await settings.setIfAbsent('k', 'second')).toBe(false);
    expect(await settings.get('k')).toBe('first');
  });

  it('setIfAbsent lets exactly one of many racing writers win, and keeps its value', async () => {
    const values = Array.from({ length: 12 }, (_, i) => `token-${i}`);
    const won = await Promise.all(values.map((v) => settings.setIfAbsent('race', v)));
    expect(won.filter(Boolean)).toHaveLength(1);
    expect(await settings.get('race')).toBe(values[won.indexOf(true)]);
  });
});
