/**
 * Everything the user gave (form values, selection, mail thread, knowledge snippets), reduced
 * once to sets of canonical values so that each recheck of the draft is a few lookups.
 */
import type { Fact } from './facts.js';
import { scan } from './scan.js';
import { foldWidth, normaliseForMatch } from './width.js';

/**
 * A source is text the user gave. Text the user did not write (an incoming mail) may be passed
 * as `{text, untrusted: true}`: it still backs numbers, dates and names, but a link, address or
 * phone number found only there is marked as such, since a hostile mail plants exactly those.
 */
export type SourceInput = string | { text: string; untrusted: true };

export interface ContactSets {
  readonly phones: ReadonlySet<string>;
  /** Landline numbers without their area code, for drafts that drop it. */
  readonly localPhones: ReadonlySet<string>;
  readonly emails: ReadonlySet<string>;
  readonly urls: readonly string[];
  readonly hosts: ReadonlySet<string>;
}

export interface SourceIndex {
  /** Numeric values (numbers, amounts, percents) → currencies they came with ('' for none). */
  readonly numbers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Date keys: ymd:2024-7-23, ym:2024-7, md:7-23, y:2024, m:7, d:23. */
  readonly dates: ReadonlySet<string>;
  readonly times: ReadonlySet<string>;
  readonly docnos: ReadonlySet<string>;
  readonly contacts: ContactSets;
  readonly untrustedContacts: ContactSets;
  /** All sources in `normaliseForMatch` form, separated so no match spans two of them. */
  readonly corpus: string;
  readonly mentionsAttachment: boolean;
}

/** Sources that speak of attachments at all, or name a file, make a promised one plausible. */
const ATTACHMENT_MENTION =
  /附件|附表|附图|随附|附上|附后|另附|附[:：]|attach|enclos|\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z|png|jpe?g|txt|csv|wps|ofd)\b/i;

/** The date keys a source date provides: a full date also vouches for its parts. */
export function dateKeys(f: { y?: number; m?: number; d?: number }): string[] {
  const { y, m, d } = f;
  const keys: string[] = [];
  if (y !== undefined && m !== undefined && d !== undefined) keys.push(`ymd:${y}-${m}-${d}`);
  if (y !== undefined && m !== undefined) keys.push(`ym:${y}-${m}`);
  if (m !== undefined && d !== undefined) keys.push(`md:${m}-${d}`);
  if (y !== undefined) keys.push(`y:${y}`);
  if (m !== undefined) keys.push(`m:${m}`);
  if (d !== undefined) keys.push(`d:${d}`);
  return keys;
}

class Contacts implements ContactSets {
  phones = new Set<string>();
  localPhones = new Set<string>();
  emails = new Set<string>();
  urls: string[] = [];
  hosts = new Set<string>();
}

class Builder {
  numbers = new Map<string, Set<string>>();
  dates = new Set<string>();
  times = new Set<string>();
  docnos = new Set<string>();
  contacts = new Contacts();
  untrustedContacts = new Contacts();

  number(value: string, currency = ''): void {
    let set = this.numbers.get(value);
    if (!set) this.numbers.set(value, (set = new Set()));
    set.add(currency);
  }

  add(f: Fact, c: Contacts): void {
    switch (f.type) {
      case 'number':
      case 'percent':
        return this.number(f.value);
      case 'amount':
        return this.number(f.value, f.currency ?? '');
      case 'date':
        for (const k of dateKeys(f)) this.dates.add(k);
        return;
      case 'time':
        this.times.add(f.hm);
        return;
      case 'docno':
        this.docnos.add(f.key);
        this.dates.add(`y:${f.key.split(':')[0]}`); // 〔2024〕7号 vouches for the year 2024
        return;
      case 'phone':
        for (const v of f.variants) c.phones.add(v);
        for (const v of f.local) c.localPhones.add(v);
        return;
      case 'email':
        c.emails.add(f.address);
        c.hosts.add(f.address.slice(f.address.lastIndexOf('@') + 1));
        return;
      case 'url':
        c.urls.push(f.canonical);
        c.hosts.add(f.host);
        return;
      case 'text':
      case 'attachment':
        return;
    }
  }
}

/** Precomputes the sources' values once; pass the result to `findUnverifiedWithIndex`. */
export function buildSourceIndex(sources: readonly SourceInput[]): SourceIndex {
  const b = new Builder();
  const texts: string[] = [];
  for (const source of sources) {
    const text = typeof source === 'string' ? source : source.text;
    const contacts = typeof source === 'string' ? b.contacts : b.untrustedContacts;
    texts.push(text);
    for (const c of scan(text, { forSource: true })) for (const f of c.found?.facts ?? []) b.add(f, contacts);
  }
  return {
    numbers: b.numbers,
    dates: b.dates,
    times: b.times,
    docnos: b.docnos,
    contacts: b.contacts,
    untrustedContacts: b.untrustedContacts,
    corpus: texts.map(normaliseForMatch).join('\u0000'),
    mentionsAttachment: texts.some((t) => ATTACHMENT_MENTION.test(foldWidth(t))),
  };
}
