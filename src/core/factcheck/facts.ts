/**
 * What the scanners find: a span plus the facts it states, in canonical form. Draft and
 * sources go through the same scanners, so they compare value with value.
 */

export type Fact =
  /** `year` when the value could be a year (1000–2999), `digits` when it could be a phone number. */
  | { type: 'number'; value: string; year?: number; digits?: string }
  | { type: 'amount'; value: string; currency?: string }
  | { type: 'percent'; value: string }
  /** Any subset of year, month and day; partial dates match compatible full ones. */
  | { type: 'date'; y?: number; m?: number; d?: number }
  /** "HH:MM", 24-hour. */
  | { type: 'time'; hm: string }
  /** The ways the number can be dialled: with and without country code or trunk prefix. */
  | { type: 'phone'; variants: string[]; local: string[] }
  | { type: 'email'; address: string }
  | { type: 'url'; canonical: string; host: string; hasPath: boolean }
  /** Titles, quoted names and codes: must occur verbatim (after `normaliseForMatch`). */
  | { type: 'text'; compact: string }
  /** 〔2024〕7号 → "2024:7". */
  | { type: 'docno'; key: string }
  | { type: 'attachment' };

/** Why a span is marked; more precise than the public kind (a time is a 'date' mark). */
export type Reason =
  | 'number' | 'date' | 'time' | 'amount' | 'percent' | 'phone' | 'email' | 'url'
  | 'title' | 'quote' | 'attachment' | 'docno' | 'code'
  /** Found, but only in text marked untrusted (an incoming mail). */
  | 'urlUntrusted' | 'emailUntrusted' | 'phoneUntrusted';

export interface Found {
  reason: Reason;
  /** Alternative readings (03/04/2024, 下午 or not): the span is verified if any one is. */
  facts: Fact[];
}

export interface Candidate {
  start: number;
  end: number;
  /** Lower wins where candidates overlap; then the longer one. */
  priority: number;
  /** Absent for spans claimed only to be left alone: list markers, placeholders, ordinals. */
  found?: Found;
}

export interface ScanContext {
  /** The width-folded text; offsets equal the original's. */
  text: string;
  emit: (candidate: Candidate) => void;
  /** Sources skip titles and quotes (those are looked up verbatim) and read dates both ways. */
  forSource: boolean;
  /** Read 03/04/2024 as March 4 only. */
  monthFirst: boolean;
}

/** Priorities, highest first. Contacts and enclosures claim their insides before numbers do. */
export const P = {
  claim: 0,
  urlScheme: 1,
  email: 2,
  urlBare: 3,
  title: 4,
  quote: 5,
  docno: 6,
  phone: 7,
  date: 8,
  time: 9,
  percent: 10,
  amount: 11,
  ordinal: 12,
  code: 13,
  number: 14,
  attachment: 15,
} as const;

/** Runs a global regex over the text. */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    fn(m);
  }
}
