/**
 * The reply's tone and length. The last choice is remembered in this browser, so a user who
 * always answers formally does not pick it again for every message.
 */
import { REPLY_LENGTHS, REPLY_TONES, type ReplyLength, type ReplyTone } from '../../../src/core/email/types.js';
import { readJson, writeJson, type KeyValueStore } from '../../state/storage.js';

export interface ReplyOptions {
  tone: ReplyTone;
  length: ReplyLength;
}

export const DEFAULT_REPLY_OPTIONS: ReplyOptions = { tone: 'formal', length: 'medium' };

const KEY = 'reply.options';

const isOptions = (v: unknown): v is ReplyOptions =>
  typeof v === 'object' &&
  v !== null &&
  (REPLY_TONES as readonly unknown[]).includes((v as ReplyOptions).tone) &&
  (REPLY_LENGTHS as readonly unknown[]).includes((v as ReplyOptions).length);

export function loadReplyOptions(store: KeyValueStore): ReplyOptions {
  return readJson(store, KEY, isOptions) ?? DEFAULT_REPLY_OPTIONS;
}

export function saveReplyOptions(store: KeyValueStore, options: ReplyOptions): void {
  writeJson(store, KEY, options);
}

export const sameOptions = (a: ReplyOptions, b: ReplyOptions): boolean => a.tone === b.tone && a.length === b.length;
