/**
 * Office's common API as the Word adapter uses it. These calls have no load/sync step, so a plain
 * object models them; the Word object model is office-addin-mock's job (fake-word.ts).
 */
type Handler = () => void;

export interface FakeOffice {
  EventType: { DocumentSelectionChanged: string };
  context: {
    displayLanguage: string;
    officeTheme?: Record<string, unknown>;
    requirements: { isSetSupported(name: string, version?: string): boolean };
    document: {
      addHandlerAsync(type: string, handler: Handler, callback?: (result: unknown) => void): void;
      removeHandlerAsync(type: string, options: { handler?: Handler }, callback?: (result: unknown) => void): void;
    };
  };
  /** Handlers currently registered, by event type. */
  handlers: Map<string, Handler[]>;
}

const newer = (have: string, want: string) => {
  const [a = 0, b = 0] = have.split('.').map(Number);
  const [c = 0, d = 0] = want.split('.').map(Number);
  return a > c || (a === c && b >= d);
};

/** `sets` maps a requirement set to the highest version this "Word" supports. */
export function fakeOffice(sets: Record<string, string> = { WordApi: '1.4', WordApiHiddenDocument: '1.3' }): FakeOffice {
  const handlers = new Map<string, Handler[]>();
  return {
    EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
    handlers,
    context: {
      displayLanguage: 'zh-CN',
      requirements: { isSetSupported: (name, version = '1.1') => (sets[name] ? newer(sets[name], version) : false) },
      document: {
        addHandlerAsync(type, handler, callback) {
          handlers.set(type, [...(handlers.get(type) ?? []), handler]);
          callback?.({ status: 'succeeded' });
        },
        removeHandlerAsync(type, options, callback) {
          handlers.set(type, (handlers.get(type) ?? []).filter((h) => h !== options.handler));
          callback?.({ status: 'succeeded' });
        },
      },
    },
  };
}
