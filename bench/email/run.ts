/**
 * Token benchmark for replies: for each long thread in threads/, the tokens of the raw thread
 * (the whole body, quoted history, signatures and notices included) against the tokens of the
 * full chat messages Wenshu sends for a reply (system + user, from buildReplyMessages over
 * cleanThread at the gateway's budget), counted with o200k_base. Target: the prompt at most
 * 40 % of the raw thread, with every question of the newest message in it.
 */
import { fileURLToPath } from 'node:url';
import { encode, encodeChat } from 'gpt-tokenizer/encoding/o200k_base';
import { cleanThread, estimateTokens, suggestIntents, type CleanThread, type ReplyIntent } from '../../src/core/email/index.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import { buildReplyMessages } from '../../src/core/prompt/reply.js';
import { THREAD_BUDGET_TOKENS } from '../../src/server/replies/routes.js';
import { loadThreads } from './load.js';

const TARGET_RATIO = 0.4;
const dir = fileURLToPath(new URL('./threads/', import.meta.url));

/** Whitespace differences (a wrapped line, a list marker's space) do not make a question missing. */
const squash = (s: string) => s.replace(/\s+/g, '');

const NONCE = 'benchnonce0001';

/** The prompt's fixed part: the same request over an empty thread (policy, settings, labels). */
function fixedTokens(language: Locale, intent: ReplyIntent): number {
  const empty: CleanThread = { subject: '', newest: '', digest: [], questions: [], language, tokens: 0, trimmed: false };
  return encodeChat(buildReplyMessages({ thread: empty, intent, tone: 'formal', length: 'medium', locale: language, nonce: NONCE }), 'gpt-4o').length;
}

const rows = loadThreads(dir).map((t) => {
  const thread = cleanThread(t.message, { budgetTokens: THREAD_BUDGET_TOKENS });
  const intent = suggestIntents(thread)[0]!;
  const messages = buildReplyMessages({ thread, intent, tone: 'formal', length: 'medium', locale: thread.language, nonce: NONCE });
  const prompt = encodeChat(messages, 'gpt-4o').length;
  const raw = encode(t.message.bodyText).length;
  const user = squash(messages.map((m) => m.content).join('\n'));
  const kept = t.questions.filter((q) => user.includes(squash(q))).length;
  const cleaned = [thread.newest, ...thread.digest].join('\n');
  return {
    file: t.file.replace(/\.txt$/, ''),
    language: thread.language,
    turns: 1 + thread.digest.length,
    raw,
    prompt,
    fixed: fixedTokens(thread.language, intent),
    ratio: prompt / raw,
    kept,
    asked: t.questions.length,
    found: thread.questions.length,
    intent,
    trimmed: thread.trimmed,
    estimate: estimateTokens(cleaned),
    real: encode(cleaned).length,
  };
});

const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
console.log(`\n## Reply prompt vs raw thread (o200k_base tokens; thread budget ${THREAD_BUDGET_TOKENS} estimated tokens)\n`);
console.log('"fixed" is the same request over an empty thread (policy, settings, labels); "thread share" is (prompt − fixed) / raw.\n');
console.log('| thread | lang | turns | raw tokens | prompt tokens | ratio | questions kept | fixed | thread share | first intent | trimmed |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.file} | ${r.language} | ${r.turns} | ${r.raw} | ${r.prompt} | ${pct(r.ratio)} | ${r.kept}/${r.asked} | ${r.fixed} | ${pct((r.prompt - r.fixed) / r.raw)} | ${r.intent} | ${r.trimmed ? 'yes' : 'no'} |`,
  );
}
const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
console.log(
  `| **all** | | | ${sum((r) => r.raw)} | ${sum((r) => r.prompt)} | ${pct(sum((r) => r.prompt) / sum((r) => r.raw))} | ${sum((r) => r.kept)}/${sum((r) => r.asked)} | | ${pct(sum((r) => r.prompt - r.fixed) / sum((r) => r.raw))} | | |`,
);

console.log('\n## estimateTokens against o200k_base on the cleaned thread (newest + digest)\n');
console.log('| thread | estimate | o200k | estimate / o200k |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.file} | ${r.estimate} | ${r.real} | ${(r.estimate / r.real).toFixed(2)} |`);

const missed = rows.filter((r) => r.ratio > TARGET_RATIO);
const lost = rows.filter((r) => r.kept < r.asked);
console.log(`\nTarget (prompt ≤ ${pct(TARGET_RATIO)} of the raw thread): met by ${rows.length - missed.length} of ${rows.length}${missed.length ? `; missed by ${missed.map((r) => r.file).join(', ')}` : ''}.`);
console.log(lost.length ? `Questions lost in: ${lost.map((r) => r.file).join(', ')}.` : 'Every question of every newest message is in its prompt.');
