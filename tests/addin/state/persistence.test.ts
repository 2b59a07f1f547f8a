import { draftStore } from '../../../addin/state/draft-store.js';
import { forgetRecent, loadFavourites, loadLocale, loadRecent, pushRecent, RECENT_MAX, saveLocale, toggleFavourite } from '../../../addin/state/prefs.js';
import { memoryStore, type KeyValueStore } from '../../../addin/state/storage.js';

describe('preferences', () => {
  it('remembers the chosen language and ignores anything else stored there', () => {
    const store = memoryStore();
    expect(loadLocale(store)).toBeUndefined();
    saveLocale(store, 'zh-CN');
    expect(loadLocale(store)).toBe('zh-CN');
    store.setItem('wenshu.locale', '"fr-FR"');
    expect(loadLocale(store)).toBeUndefined();
  });

  it('toggles favourites', () => {
    const store = memoryStore();
    expect(toggleFavourite(store, 'a')).toEqual(['a']);
    expect(toggleFavourite(store, 'b')).toEqual(['a', 'b']);
    expect(toggleFavourite(store, 'a')).toEqual(['b']);
    expect(loadFavourites(store)).toEqual(['b']);
  });

  it('keeps recent templates most recent first, without repeats, bounded', () => {
    const store = memoryStore();
    for (const id of ['a', 'b', 'c', 'a']) pushRecent(store, id);
    expect(loadRecent(store)).toEqual(['a', 'c', 'b']);
    for (let i = 0; i < 10; i++) pushRecent(store, `t${i}`);
    expect(loadRecent(store)).toHaveLength(RECENT_MAX);
  });

  it('survives corrupt JSON and a storage that throws', () => {
    const store = memoryStore();
    store.setItem('wenshu.favourites', '{not json');
    expect(loadFavourites(store)).toEqual([]);
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadRecent(broken)).toEqual([]);
    expect(() => pushRecent(broken, 'x')).not.toThrow();
    expect(() => draftStore.saveSuggestion(broken, 'x', undefined)).not.toThrow();
  });
});

describe('draft store', () => {
  it('keeps form values, options and the suggestion per template', () => {
    const store = memoryStore();
    draftStore.saveValues(store, 'notice', { issuer: '某市人民政府办公室', items: ['一', '二'] });
    draftStore.saveValues(store, 'letter', { issuer: 'other' });
    draftStore.saveOptions(store, 'notice', { n: 2, useSelection: true });
    draftStore.saveSuggestion(store, 'notice', { candidates: [{ text: '# 通知', status: 'done' }] });
    expect(draftStore.loadValues(store, 'notice')).toEqual({ issuer: '某市人民政府办公室', items: ['一', '二'] });
    expect(draftStore.loadOptions(store, 'notice')).toEqual({ n: 2, useSelection: true });
    expect(draftStore.loadSuggestion(store, 'notice')?.candidates[0]?.text).toBe('# 通知');
    expect(draftStore.loadSuggestion(store, 'letter')).toBeUndefined();
    draftStore.saveSuggestion(store, 'notice', undefined);
    expect(draftStore.loadSuggestion(store, 'notice')).toBeUndefined();
  });

  it('forgets every draft at sign-out, and nothing that is not a draft', () => {
    const store = memoryStore();
    draftStore.saveValues(store, 'notice', { issuer: 'x' });
    draftStore.saveSuggestion(store, 'letter', { candidates: [{ text: '函', status: 'done' }] });
    draftStore.saveOpenTemplate(store, 'notice');
    saveLocale(store, 'en-US');
    toggleFavourite(store, 'notice');
    pushRecent(store, 'notice');
    store.setItem('other.app.draft.x', 'not ours');
    draftStore.forgetAll(store);
    forgetRecent(store);
    expect([draftStore.loadValues(store, 'notice'), draftStore.loadSuggestion(store, 'letter'), draftStore.loadOpenTemplate(store), loadRecent(store)]).toEqual([undefined, undefined, undefined, []]);
    expect([loadLocale(store), loadFavourites(store), store.getItem('other.app.draft.x')]).toEqual(['en-US', ['notice'], 'not ours']);
  });

  it('remembers which template was open', () => {
    const store = memoryStore();
    draftStore.saveOpenTemplate(store, 'official-notice');
    expect(draftStore.loadOpenTemplate(store)).toBe('official-notice');
    draftStore.saveOpenTemplate(store, undefined);
    expect(draftStore.loadOpenTemplate(store)).toBeUndefined();
  });

  it('rejects values of the wrong shape', () => {
    const store = memoryStore();
    store.setItem('wenshu.draft.x.values', JSON.stringify({ a: { nested: true } }));
    expect(draftStore.loadValues(store, 'x')).toBeUndefined();
  });
});
