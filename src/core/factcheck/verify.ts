/** Whether one fact of the draft is backed by the sources. */
import type { Fact } from './facts.js';
import type { ContactSets, SourceIndex } from './source-index.js';

function hasYear(ix: SourceIndex, y: number): boolean {
  return ix.dates.has(`y:${y}`) || ix.numbers.has(String(y));
}

/** Partial dates match compatible fuller ones; a full date may be put together from parts. */
function dateVerified(ix: SourceIndex, y?: number, m?: number, d?: number): boolean {
  const has = (k: string) => ix.dates.has(k);
  if (y !== undefined && m !== undefined && d !== undefined)
    return has(`ymd:${y}-${m}-${d}`) || (has(`md:${m}-${d}`) && hasYear(ix, y));
  if (y !== undefined && m !== undefined) return has(`ym:${y}-${m}`) || (has(`m:${m}`) && hasYear(ix, y));
  if (m !== undefined && d !== undefined) return has(`md:${m}-${d}`);
  if (y !== undefined) return hasYear(ix, y);
  if (m !== undefined) return has(`m:${m}`);
  if (d !== undefined) return has(`d:${d}`);
  return false;
}

/**
 * Links, addresses and phone numbers against one set of contacts. A link is backed by the same
 * link, a longer one that starts with it, or (a bare host) its host.
 */
export function contactVerified(f: Fact, c: ContactSets): boolean {
  switch (f.type) {
    case 'phone':
      return f.variants.some((v) => c.phones.has(v));
    case 'email':
      return c.emails.has(f.address);
    case 'url':
      if (!f.hasPath && c.hosts.has(f.host)) return true;
      return c.urls.some((u) => u === f.canonical || u.startsWith(`${f.canonical}/`) || u.startsWith(`${f.canonical}?`));
    default:
      return false;
  }
}

export function isVerified(f: Fact, ix: SourceIndex): boolean {
  switch (f.type) {
    case 'number':
      return (
        ix.numbers.has(f.value) ||
        (f.year !== undefined && ix.dates.has(`y:${f.year}`)) ||
        (f.digits !== undefined && (ix.contacts.phones.has(f.digits) || ix.contacts.localPhones.has(f.digits)))
      );
    case 'percent':
      return ix.numbers.has(f.value);
    case 'amount': {
      // The same value in another currency is another amount; without a currency it may be this one.
      const currencies = ix.numbers.get(f.value);
      if (!currencies) return false;
      return f.currency === undefined || currencies.has('') || currencies.has(f.currency);
    }
    case 'date':
      return dateVerified(ix, f.y, f.m, f.d);
    case 'time':
      return ix.times.has(f.hm);
    case 'phone':
    case 'email':
    case 'url':
      return contactVerified(f, ix.contacts);
    case 'text':
      return f.compact !== '' && ix.corpus.includes(f.compact);
    case 'docno':
      return ix.docnos.has(f.key);
    case 'attachment':
      return ix.mentionsAttachment;
  }
}
