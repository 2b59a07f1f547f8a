/**
 * The fake model endpoint in its own process, so its CPU and memory stay apart from the
 * gateway's and the load generator's. Every request gets the same paced answer; a request whose
 * prompt carries HOLD_MARK pauses mid-stream (the memory phase reads the gateway while it waits).
 */
import { FakeModelServer, type ChatBody, type FakeScript } from '../../tests/support/fake-model-server.js';
import { HOLD_MARK } from './params.js';
import type { FakeChildOptions } from './protocol.js';
import { serve } from './child-ipc.js';

const opts = JSON.parse(process.argv[2] ?? '{}') as FakeChildOptions;
const normal: FakeScript = { text: opts.text, chunkSize: opts.chunkChars, paceMs: opts.paceMs };
const held: FakeScript = { ...normal, stallAfterChunks: opts.holdAfterChunks, stallMs: opts.holdMs };

function wantsHold(body: ChatBody): boolean {
  return (body.messages ?? []).some((m) => typeof m.content === 'string' && m.content.includes(HOLD_MARK));
}

const fake = new FakeModelServer({ record: false, fallback: (body) => (wantsHold(body) ? held : normal) });
const handle = await fake.start();
serve(handle.url, { exit: () => handle.close() });
