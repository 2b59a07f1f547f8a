/**
 * Runs every matcher over a text and keeps a non-overlapping set of spans: where candidates
 * overlap, the higher priority wins (a link over the digits in it, a 《》 title over the year in
 * it, a list marker over its number), then the longer span.
 */
import type { Candidate, ScanContext } from './facts.js';
import { matchContacts } from './match-contacts.js';
import { matchDatesAndTimes } from './match-dates.js';
import { matchQuantities } from './match-quantities.js';
import { matchStructure } from './match-structure.js';
import { matchText } from './match-text.js';
import { foldWidth } from './width.js';

const MATCHERS = [matchStructure, matchContacts, matchText, matchDatesAndTimes, matchQuantities];

export interface ScanOptions {
  forSource?: boolean;
  monthFirst?: boolean;
}

/** Accepted spans in text order, claimed-only spans included (they have no `found`). */
export function scan(text: string, options: ScanOptions = {}): Candidate[] {
  const candidates: Candidate[] = [];
  const ctx: ScanContext = {
    text: foldWidth(text),
    emit: (c) => {
      if (c.end > c.start) candidates.push(c);
    },
    forSource: options.forSource ?? false,
    monthFirst: options.monthFirst ?? false,
  };
  for (const match of MATCHERS) match(ctx);

  candidates.sort((a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
