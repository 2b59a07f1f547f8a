/**
 * Reads the benchmark threads: each file in threads/ is a header (Subject, From, and one
 * "Question:" line for every question the newest message asks, labelled by hand), a blank line,
 * then the mail body exactly as Outlook's text view gives it, quoted history included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MailMessage } from '../../src/core/email/types.js';

export interface BenchThread {
  file: string;
  message: MailMessage;
  /** The newest message's questions, verbatim. */
  questions: string[];
}

function address(value: string): { name?: string; address: string } {
  const m = /^(.*?)\s*<([^>]+)>$/.exec(value.trim());
  return m ? { name: m[1]!.replace(/^"|"$/g, ''), address: m[2]! } : { address: value.trim() };
}

export function loadThread(path: string, file: string): BenchThread {
  const text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  const blank = text.indexOf('\n\n');
  const head = text.slice(0, blank).split('\n');
  const body = text.slice(blank + 2);
  const field = (name: string) => head.filter((l) => l.startsWith(`${name}: `)).map((l) => l.slice(name.length + 2).trim());
  const from = field('From')[0];
  return {
    file,
    message: { subject: field('Subject')[0] ?? '', ...(from ? { from: address(from) } : {}), to: [], cc: [], bodyText: body },
    questions: field('Question'),
  };
}

export function loadThreads(dir: string): BenchThread[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => loadThread(join(dir, f), f));
}
