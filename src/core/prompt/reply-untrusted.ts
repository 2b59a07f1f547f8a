/**
 * Extra defusing for text from an incoming mail, on top of what `fence()` does (fence marks and
 * the request id). Two things a hostile sender can hide in plain text:
 *
 * - Chat-template control tokens (`<|im_start|>`, `<｜User｜>`, `[INST]`, `<start_of_turn>`,
 *   `</s>` …). Many model servers read these as real special tokens even inside a message's
 *   content, which would let a mail open a fake system turn. They are rewritten in round
 *   brackets, so the model still sees that the mail contained them but no tokenizer matches.
 * - Invisible characters: Unicode tag characters (U+E0000–E007F, "ASCII smuggling": invisible to
 *   the reader, legible to a model) and bidirectional overrides that make the reader see text in
 *   another order than the model does. They are removed.
 */

/** `<|im_start|>`, `<|eot_id|>`, `<｜begin▁of▁sentence｜>` and friends. */
const PIPE_TOKEN = /<\s*[|｜]\s*([^<>|｜\n]{0,40}?)\s*[|｜]\s*>/g;
/** Llama 2 / Mistral / Gemma / reasoning and tool-call markers. */
const BRACKET_TOKEN = /\[\s*(\/?(?:INST|SYS|SYSTEM_PROMPT|AVAILABLE_TOOLS|TOOL_CALLS|TOOL_RESULTS|TOOL_CONTENT))\s*\]/gi;
const SYS_TOKEN = /<<\s*(\/?SYS)\s*>>/gi;
const TAG_TOKEN = /<\s*(\/?\s*(?:s|start_of_turn|end_of_turn|think|tool_call|tool_response|function_call|bos|eos))\s*>/gi;
/** Tag characters, bidi embeddings/overrides/isolates, and the deprecated language tag. */
const INVISIBLE = /[\u{E0000}-\u{E007F}\u202A-\u202E\u2066-\u2069]/gu;

function plain(name: string): string {
  return `(${name.replace(/\s+/g, '')})`;
}

/** Makes mail text safe to fence: no control tokens, no invisible payload. */
export function defuseMailText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(PIPE_TOKEN, (_m, name: string) => plain(name || 'sep'))
    .replace(SYS_TOKEN, (_m, name: string) => plain(name))
    .replace(BRACKET_TOKEN, (_m, name: string) => plain(name))
    .replace(TAG_TOKEN, (_m, name: string) => plain(name));
}
