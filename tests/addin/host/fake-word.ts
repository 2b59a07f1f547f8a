/**
 * A small simulated Word for the adapter tests. Every proxy the adapter touches is an
 * office-addin-mock OfficeMockObject, so reading a property that was not loaded and synced gives
 * the mock's error string instead of the value; behind the proxies a list of paragraphs and
 * tables records what was built, in document order. Operations apply at once (Word would queue
 * them until sync); a failure is raised at the next sync, as Word does.
 */
import { jest } from '@jest/globals';

// office-addin-mock needs only the OfficeApp names from office-addin-manifest, whose own
// dependencies are ES modules Jest's CommonJS loader cannot require; stand in for it.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));
const { OfficeMockObject } = await import('office-addin-mock');
type OfficeMockObject = InstanceType<typeof OfficeMockObject>;

interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

interface ListRecord {
  id: number;
  levels: Record<number, string>;
}

interface Para {
  kind: 'p';
  content: string;
  style?: string;
  list?: ListRecord;
  level?: number;
  runs: Run[];
  trackedAs?: string;
  /** Word's automatic number of a list item, e.g. "一、" or "1." (not part of the text). */
  listString?: string;
}

interface Table {
  kind: 'table';
  values: string[][];
  style?: string;
  headerRowCount?: number;
  headerBold?: boolean;
  trackedAs?: string;
}

type Node = Para | Table;

interface Point {
  para: Para;
  start: number;
  end: number;
}

export interface OfficeLikeError {
  name: string;
  code: string;
  message: string;
}

export function officeError(code: string, message = `${code} from Word`): OfficeLikeError {
  return { name: 'OfficeExtension.Error', code, message };
}

type Data = Record<string, unknown>;

export class FakeDocument {
  nodes: Node[] = [];
  opened = false;
  /** The .docx it was created from (createDocument(base64)). */
  base64?: string;

  constructor(paragraphs: string[]) {
    this.nodes = paragraphs.map((content) => ({ kind: 'p', content, runs: [] }));
  }

  para(index: number): Para {
    const node = this.nodes.filter((n): n is Para => n.kind === 'p')[index];
    if (!node) throw new Error(`no paragraph ${index}`);
    return node;
  }

  /** One line per node: `Style| text` for paragraphs (runs marked **bold** / *italic*), lists and tables spelled out. */
  dump(): string[] {
    return this.nodes.map((n) => {
      if (n.kind === 'table') {
        const head = n.headerRowCount ? ` header=${n.headerRowCount}${n.headerBold ? ' bold' : ''}` : '';
        return `table[${n.style ?? ''}${head}] ${n.values.map((r) => r.join(' | ')).join(' / ')}`;
      }
      // Paragraphs the adapter built show their runs; a user's paragraph edited inline shows its text.
      const text = n.runs.map((r) => r.text).join('') === n.content ? n.runs.map(mark).join('') : n.content;
      const list = n.list ? ` list${n.list.id}:${n.level ?? 0}` : '';
      return `${n.style ?? '-'}${list}| ${text}`;
    });
  }
}

const mark = (r: Run) => (r.bold && r.italic ? `***${r.text}***` : r.bold ? `**${r.text}**` : r.italic ? `*${r.text}*` : r.text);

export interface FakeWordOptions {
  paragraphs?: string[];
  /** The selection: paragraph index and character offsets within it. */
  selection?: { para: number; start: number; end: number };
  /** What Range.text reports for the selection, when a test needs Word's raw separators. */
  selectionText?: string;
  trackingMode?: string;
  /** Paragraphs (by index) that are items of a list the user made, with Word's number for each. */
  listStrings?: Record<number, string>;
}

/** A file inserted with insertFileFromBase64: what, into which paragraph, where. */
export interface InsertedFile {
  base64: string;
  where: string;
  /** The paragraph's index in the document when the file went in. */
  paragraph: number;
}

/**
 * A collection as Word hands it out: `items` exists once load() was called; each item is a
 * proxy whose own properties still need the sync.
 */
export interface FakeCollection<T> {
  load(properties?: string | { select?: string; skip?: number; top?: number }): FakeCollection<T>;
  readonly items: T[];
}

export class FakeWord {
  readonly doc: FakeDocument;
  readonly created: FakeDocument[] = [];
  readonly files: InsertedFile[] = [];
  readonly listKinds: ListRecord[] = [];
  /** Every value assigned to document.changeTrackingMode, in order. */
  readonly trackingHistory: string[] = [];
  /** Each sync: whether it succeeded and the tracking mode in force when it ran. */
  readonly syncs: { ok: boolean; mode: string }[] = [];
  readonly mock: OfficeMockObject & Data;
  private trackingMode: string;
  private syncing = false;
  private pending: OfficeLikeError | undefined;
  private failOn = new Map<string, OfficeLikeError>();
  private live: OfficeMockObject[] = [];
  private points = new WeakMap<object, Point>();
  private selection: Point;
  private selectionText: string | undefined;

  constructor(options: FakeWordOptions = {}) {
    this.doc = new FakeDocument(options.paragraphs ?? ['']);
    for (const [index, listString] of Object.entries(options.listStrings ?? {})) {
      const para = this.doc.para(Number(index));
      para.list = { id: 0, levels: {} };
      para.listString = listString;
    }
    const s = options.selection ?? { para: 0, start: 0, end: 0 };
    this.selection = { para: this.doc.para(s.para), start: s.start, end: s.end };
    this.selectionText = options.selectionText;
    this.trackingMode = options.trackingMode ?? 'Off';
    this.mock = new OfficeMockObject({
      context: {
        document: {
          changeTrackingMode: this.trackingMode,
          getSelection: () => this.rangeProxy(this.selection, this.selectionText),
          body: this.bodyData(this.doc),
        },
        application: {
          createDocument: (base64?: string) => {
            const created = new FakeDocument(['']);
            if (base64 !== undefined) created.base64 = base64;
            this.created.push(created);
            return this.proxy({ body: this.bodyData(created), open: () => void (created.opened = true) });
          },
        },
      },
      run: async function (this: Data, batch: (context: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    }) as OfficeMockObject & Data;
    this.wrapSync();
    this.addCollections(((this.mock.context as Data).document as Data).body as Data, this.doc);
    // Record assignments to changeTrackingMode while keeping the mock's load/sync behaviour for reads.
    const document = (this.mock.context as Data).document as Data;
    let stored = document.changeTrackingMode;
    Object.defineProperty(document, 'changeTrackingMode', {
      get: () => stored,
      set: (value: string) => {
        stored = value;
        // The mock itself writes here when a load settles; only the adapter's assignments count.
        if (!this.syncing && !value.startsWith('Error')) {
          this.trackingHistory.push(value);
          this.trackingMode = value;
        }
      },
    });
  }

  /** The next sync fails with `error` once `method` has been called. */
  failWhen(method: string, error: OfficeLikeError): this {
    this.failOn.set(method, error);
    return this;
  }

  /** The `Word` global the adapter sees. */
  get global(): unknown {
    return this.mock;
  }

  private wrapSync(): void {
    const context = this.mock.context as OfficeMockObject & Data;
    const base = context.sync.bind(context);
    context.sync = async () => {
      const error = this.pending;
      this.pending = undefined;
      this.syncs.push({ ok: !error, mode: this.trackingMode });
      if (error) throw error;
      this.syncing = true;
      try {
        await base();
        for (const proxy of this.live) await proxy.sync();
        // office-addin-mock settles nested properties in later microtasks.
        await new Promise((resolve) => setImmediate(resolve));
      } finally {
        this.syncing = false;
      }
    };
  }

  private called(method: string): void {
    const error = this.failOn.get(method);
    if (error) this.pending = error;
  }

  private proxy(data: Data): OfficeMockObject & Data {
    const proxy = new OfficeMockObject(data) as OfficeMockObject & Data;
    this.live.push(proxy);
    return proxy;
  }

  /** Mirrors assignments on a proxy into the record behind it. */
  private forward(target: Data, name: string, set: (value: never) => void): void {
    let value: unknown;
    Object.defineProperty(target, name, { get: () => value, set: (v: never) => ((value = v), set(v)) });
  }

  private fontFor(proxy: Data, run: Run): void {
    const font = proxy.font as Data;
    this.forward(font, 'bold', (v: boolean) => (run.bold = v));
    this.forward(font, 'italic', (v: boolean) => (run.italic = v));
  }

  private insertNode(doc: FakeDocument, node: Node, anchor: Node | undefined, where: 'before' | 'after' | 'end'): void {
    node.trackedAs = this.trackingMode;
    if (where === 'end' || !anchor) doc.nodes.push(node);
    else doc.nodes.splice(doc.nodes.indexOf(anchor) + (where === 'after' ? 1 : 0), 0, node);
  }

  /** Word copies the paragraph's formatting, list membership included, into a paragraph made beside it. */
  private newPara(doc: FakeDocument, anchor: Para | undefined, where: 'before' | 'after' | 'end', text: string): Para {
    const para: Para = { kind: 'p', content: text, runs: [], list: anchor?.list, level: anchor?.level, style: anchor?.style };
    this.insertNode(doc, para, anchor, where);
    return para;
  }

  private bodyData(doc: FakeDocument): Data {
    const paras = () => doc.nodes.filter((n): n is Para => n.kind === 'p');
    return {
      paragraphs: {
        getFirst: () => this.paraProxy(doc, paras()[0]!),
        getLast: () => this.paraProxy(doc, paras().at(-1)!),
      },
      getRange: () => this.rangeProxy({ para: paras()[0]!, start: 0, end: 0 }),
    };
  }

  /** body.paragraphs as a loadable collection (the mock cannot express `items`). */
  private addCollections(body: Data, doc: FakeDocument): void {
    const paragraphs = body.paragraphs as Data;
    const all = this.collection(() => doc.nodes.filter((n): n is Para => n.kind === 'p').map((p) => this.paraProxy(doc, p)));
    const collection = Object.assign(all, { getFirst: paragraphs.getFirst, getLast: paragraphs.getLast });
    // The mock writes its own properties back on every sync; this one must stay the collection.
    Object.defineProperty(body, 'paragraphs', { get: () => collection, set: () => {} });
  }

  private collection<T extends OfficeMockObject>(make: () => T[]): FakeCollection<T> {
    let items: T[] | undefined;
    const collection: FakeCollection<T> = {
      load(properties?: string | { select?: string; skip?: number; top?: number }) {
        const options = typeof properties === 'string' ? { select: properties } : (properties ?? {});
        const all = make();
        const from = options.skip ?? 0;
        items = all.slice(from, options.top === undefined ? undefined : from + options.top);
        if (options.select) for (const item of items) item.load(options.select);
        return collection;
      },
      get items(): T[] {
        if (!items) throw new Error('collection read before load()');
        return items;
      },
    };
    return collection;
  }

  private paragraphIndex(doc: FakeDocument, para: Para): number {
    return doc.nodes.filter((n): n is Para => n.kind === 'p').indexOf(para);
  }

  private paraProxy(doc: FakeDocument, para: Para): OfficeMockObject & Data {
    const proxy = this.proxy({
      text: para.content,
      isListItem: Boolean(para.list),
      listItem: { listString: para.listString ?? '' },
      search: (raw: string, options: { matchCase?: boolean } = {}) => {
        this.called('search');
        const needle = raw.replace(/\^\^/g, '^');
        const hay = options.matchCase ? para.content : para.content.toLowerCase();
        const find = options.matchCase ? needle : needle.toLowerCase();
        return this.collection(() => {
          const found: (OfficeMockObject & Data)[] = [];
          for (let at = hay.indexOf(find); find && at >= 0; at = hay.indexOf(find, at + find.length)) found.push(this.rangeProxy({ para, start: at, end: at + find.length }));
          return found;
        });
      },
      insertFileFromBase64: (base64: string, where: string) => {
        this.called('insertFileFromBase64');
        this.files.push({ base64, where, paragraph: this.paragraphIndex(doc, para) });
        if (where === 'Replace') para.content = '';
        return this.rangeProxy({ para, start: 0, end: 0 });
      },
      insertParagraph: (text: string, where: 'Before' | 'After') => {
        this.called('insertParagraph');
        return this.paraProxy(doc, this.newPara(doc, para, where === 'Before' ? 'before' : 'after', text));
      },
      insertText: (text: string, where: 'Start' | 'End') => {
        this.called('insertText');
        const run: Run = { text };
        if (where === 'Start') para.runs.unshift(run);
        else para.runs.push(run);
        para.content = where === 'Start' ? text + para.content : para.content + text;
        return this.textRangeProxy(run);
      },
      startNewList: () => {
        this.called('startNewList');
        if (para.list) this.pending ??= officeError('InvalidArgument', 'The paragraph is already a list item.');
        const list: ListRecord = { id: this.listKinds.length + 1, levels: {} };
        this.listKinds.push(list);
        para.list = list;
        para.level = 0;
        return this.listProxy(doc, list);
      },
      detachFromList: () => {
        this.called('detachFromList');
        para.list = undefined;
        para.level = undefined;
      },
      insertTable: (rows: number, cols: number, where: 'Before' | 'After', values: string[][]) => {
        this.called('insertTable');
        if (values.length !== rows || values.some((r) => r.length !== cols)) this.pending ??= officeError('InvalidArgument', 'values do not match the size');
        const table: Table = { kind: 'table', values };
        this.insertNode(doc, table, para, where === 'Before' ? 'before' : 'after');
        return this.tableProxy(table);
      },
      getRange: () => this.rangeProxy({ para, start: 0, end: 0 }),
    });
    this.forward(proxy, 'styleBuiltIn', (v: string) => (para.style = v));
    this.forward(proxy.listItem as Data, 'level', (v: number) => (para.level = v));
    return proxy;
  }

  private listProxy(doc: FakeDocument, list: ListRecord): OfficeMockObject & Data {
    const last = () => doc.nodes.filter((n): n is Para => n.kind === 'p' && n.list === list).at(-1);
    return this.proxy({
      insertParagraph: (text: string, where: 'End' | 'After') => {
        this.called('insertParagraph');
        const para = this.newPara(doc, last(), 'after', text);
        // 'End' adds an item; 'After' puts a plain paragraph after the list.
        if (where === 'After') para.list = para.level = undefined;
        else para.level = 0;
        return this.paraProxy(doc, para);
      },
      setLevelNumbering: (level: number, kind: string, format: unknown[]) => void (list.levels[level] = `${kind} ${format.join('')}`),
      setLevelBullet: (level: number, kind: string) => void (list.levels[level] = kind),
    });
  }

  private tableProxy(table: Table): OfficeMockObject & Data {
    const row = { font: {} };
    const proxy = this.proxy({ rows: { getFirst: () => rowProxy } });
    const rowProxy = this.proxy(row);
    this.forward(rowProxy.font as Data, 'bold', (v: boolean) => (table.headerBold = v));
    this.forward(proxy, 'styleBuiltIn', (v: string) => (table.style = v));
    this.forward(proxy, 'headerRowCount', (v: number) => (table.headerRowCount = v));
    return proxy;
  }

  private textRangeProxy(run: Run): OfficeMockObject & Data {
    const proxy = this.proxy({ font: {} });
    this.fontFor(proxy, run);
    return proxy;
  }

  /** A range inside one paragraph; inline inserts rewrite that paragraph's text. */
  private rangeProxy(point: Point, text?: string): OfficeMockObject & Data {
    const { para } = point;
    const splice = (at: number, remove: number, insert: string): Point => {
      para.content = para.content.slice(0, at) + insert + para.content.slice(at + remove);
      return { para, start: at, end: at + insert.length };
    };
    const inline = (p: Point, run: Run) => {
      para.runs.push(run);
      const proxy = this.rangeProxy(p);
      this.fontFor(proxy, run);
      return proxy;
    };
    const proxy = this.proxy({
      text: text ?? para.content.slice(point.start, point.end),
      font: {},
      paragraphs: { getFirst: () => this.paraProxy(this.doc, para), getLast: () => this.paraProxy(this.doc, para) },
      expandTo: (other: object) => {
        const to = this.points.get(other);
        const from = this.paragraphIndex(this.doc, para);
        const until = to ? this.paragraphIndex(this.doc, to.para) : from;
        const paras = this.doc.nodes.filter((n): n is Para => n.kind === 'p').slice(Math.min(from, until), Math.max(from, until) + 1);
        return { paragraphs: this.collection(() => paras.map((p) => this.paraProxy(this.doc, p))) };
      },
      getRange: (where: 'Start' | 'End') => this.rangeProxy({ para, start: where === 'End' ? point.end : point.start, end: where === 'End' ? point.end : point.start }),
      insertText: (value: string, where: 'Replace' | 'Start' | 'After') => {
        this.called('insertText');
        const p =
          where === 'Replace' ? splice(point.start, point.end - point.start, value) : where === 'Start' ? splice(point.start, 0, value) : splice(point.end, 0, value);
        return value ? inline(p, { text: value }) : this.rangeProxy(p);
      },
      compareLocationWith: (other: object) => {
        const o = this.points.get(other);
        return { value: o && o.para === para && o.start === point.start ? 'Equal' : 'Before' };
      },
    });
    this.points.set(proxy, { ...point });
    return proxy;
  }
}
