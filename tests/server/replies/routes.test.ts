/** The reply routes over real HTTP: intents, streaming a reply, templates, and bad input. */
import { readFileSync } from 'node:fs';
import type { MailMessage } from '../../../src/core/email/types.js';
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { candidateTexts, collectSse } from '../../support/sse.js';
import { testTemplate } from '../fixtures.js';

type Json = Record<string, unknown>;
interface ErrorBody {
  error: { code: string; message: string; problems?: { path: string; code: string; message: string }[] };
}

function asset(name: string): Json {
  return JSON.parse(readFileSync(new URL(`../../../assets/templates/${name}.json`, import.meta.url), 'utf8')) as Json;
}

const complaint: MailMessage = {
  subject: 'RE: 订单 SO-2025-0312 迟迟没有发货',
  from: { name: '李娜', address: 'li.na@customer-co.cn' },
  to: [{ name: '客服部', address: 'service@our-company.cn' }],
  cc: [],
  date: '2025-03-12T09:30:00+08:00',
  bodyText: [
    '您好：',
    '',
    '我在 3 月 5 日下的订单 SO-2025-0312 到现在还没有发货，非常失望。请问什么时候能发出？能否先退一部分运费？',
    '',
    '李娜',
    '',
    '-----原始邮件-----',
    '发件人: 客服部',
    '发送时间: 2025年3月6日 10:00',
    '主题: 订单 SO-2025-0312',
    '',
    '您好，订单已收到，正在备货。',
  ].join('\n'),
};

const english: MailMessage = {
  subject: 'Meeting next week',
  from: { name: 'James Miller', address: 'james.miller@client-corp.com' },
  to: [{ address: 'support@our-company.com' }],
  cc: [],
  bodyText: 'Hi,\n\nCould we schedule a call next week to go through the renewal? Are you free on Tuesday?\n\nThanks,\nJames',
};

describe('reply routes (real HTTP, fake model server)', () => {
  let fake: FakeModelServer;
  let model: FakeModelServerHandle;
  let gw: TestGateway;

  beforeAll(async () => {
    fake = new FakeModelServer();
    model = await fake.start();
    gw = await startTestGateway({ modelUrl: model.url });
    const publish = async (template: Json, publish = true) => {
      const res = await gw.request('/api/admin/templates', { admin: true, body: { template, publish } });
      expect(res.status).toBe(201);
    };
    // The built-in templates (email-customer-reply-zh among them) are seeded and published at start.
    await publish({ ...asset('email-customer-reply-en'), id: 'email-draft-only' }, false);
    await publish(testTemplate());
  });
  afterAll(async () => {
    await gw.close();
    await model.close();
  });

  const replyTo = (body: Json, headers?: Record<string, string>) =>
    gw.request('/api/replies', { body: { message: complaint, intent: 'apologise', tone: 'formal', length: 'short', locale: 'zh-CN', ...body }, headers });
  const lastPrompt = () => {
    const messages = (fake.chatRequests.at(-1)?.body as { messages: { role: string; content: string }[] }).messages;
    return { system: messages[0]?.content ?? '', user: messages[1]?.content ?? '' };
  };

  describe('POST /api/replies/intents', () => {
    it('suggests up to three intents with labels, the reply subject, language and questions, without calling the model', async () => {
      const before = fake.requests.length;
      const res = await gw.request('/api/replies/intents', { body: { message: complaint, locale: 'zh-CN' } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { language: string; intents: { intent: string; label: string }[]; subject: string; questions: string[] };
      expect(body.language).toBe('zh-CN');
      expect(body.intents.length).toBeGreaterThan(0);
      expect(body.intents.length).toBeLessThanOrEqual(3);
      expect(body.intents[0]).toEqual({ intent: 'apologise', label: '致歉并说明' });
      expect(body.subject).toBe('回复：订单 SO-2025-0312 迟迟没有发货');
      expect(body.questions.join('\n')).toContain('请问什么时候能发出？');
      expect(fake.requests.length).toBe(before);
    });

    it('labels intents in the language asked for and reads an English mail as English', async () => {
      const res = await gw.request('/api/replies/intents', { body: { message: english, locale: 'en-US' } });
      const body = (await res.json()) as { language: string; intents: { intent: string; label: string }[]; subject: string };
      expect(body.language).toBe('en-US');
      expect(body.intents[0]).toEqual({ intent: 'propose_times', label: 'Propose times' });
      expect(body.subject).toBe('Re: Meeting next week');
    });

    it('wants a message', async () => {
      const res = await gw.request('/api/replies/intents', { body: { locale: 'en-US' } });
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as ErrorBody;
      expect(error.code).toBe('request_invalid');
      expect(error.problems?.map((p) => p.path)).toEqual(['message']);
    });
  });

  describe('POST /api/replies', () => {
    it('streams meta, queue place, the text and done, like a draft', async () => {
      fake.enqueue({ text: '李女士，您好！\n\n非常抱歉订单迟迟未能发货。', chunkSize: 4 });
      const res = await replyTo({});
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
      const events = await collectSse(res);
      expect(events[0]).toEqual({
        event: 'meta',
        // generationId: the audit's id for this generation, which accept/discard events refer to.
        data: { intent: 'apologise', tone: 'formal', length: 'short', language: 'zh-CN', trimmed: false, model: 'fake-model', candidates: 1, generationId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
      });
      expect(events.find((e) => e.event === 'queued')?.data).toEqual({ position: 0 });
      expect(candidateTexts(events)).toEqual(['李女士，您好！\n\n非常抱歉订单迟迟未能发货。']);
      expect(events.at(-1)).toMatchObject({ event: 'done', data: { candidate: 0, finishReason: 'stop' } });
    });

    it('sends the model the cleaned thread: newest message whole, history as a digest, the signature gone', async () => {
      fake.enqueue({ text: 'ok' });
      await collectSse(await replyTo({ intent: 'acknowledge' }));
      const { system, user } = lastPrompt();
      expect(system).toContain('邮件回复助手');
      expect(user).toContain('回复意图：确认收到');
      expect(user).toContain('我在 3 月 5 日下的订单 SO-2025-0312 到现在还没有发货');
      expect(user).toContain('此前往来，由早到晚：\n客服部：');
      expect(user).not.toContain('-----原始邮件-----');
      expect(user).not.toContain('发送时间');
    });

    it('replies in the mail\'s language while the instructions follow the user\'s', async () => {
      fake.enqueue({ text: 'ok' });
      const events = await collectSse(await replyTo({ message: english, intent: 'propose_times', locale: 'zh-CN' }));
      expect(events[0]?.data).toMatchObject({ language: 'en-US' });
      expect(lastPrompt().user).toContain('回复语言：英文');
    });

    it('fits a very long mail into the token budget and says it was shortened', async () => {
      fake.enqueue({ text: 'ok' });
      const long = { ...english, bodyText: `Hi,\n\n${'We need to review every clause of the renewal in detail before signing. '.repeat(2_000)}\n\nJames` };
      const events = await collectSse(await replyTo({ message: long, intent: 'acknowledge', locale: 'en-US' }));
      expect(events[0]?.data).toMatchObject({ trimmed: true });
      const { user } = lastPrompt();
      expect(user.length).toBeLessThan(long.bodyText.length / 5);
      expect(user).toContain('the mail was too long and has been shortened');
    });

    it('streams up to three candidates', async () => {
      fake.enqueue({ text: 'one' }, { text: 'two' });
      const events = await collectSse(await replyTo({ n: 2 }));
      expect(candidateTexts(events).sort()).toEqual(['one', 'two']);
    });

    it('shapes the reply with a published customer e-mail template and its form', async () => {
      fake.enqueue({ text: 'ok' });
      const events = await collectSse(
        await replyTo({ templateId: 'email-customer-reply-zh', fields: { recipientName: '李女士', replyPoints: ['订单已备货，本周内发出'] } }),
      );
      expect(events[0]?.data).toMatchObject({ template: 'email-customer-reply-zh', version: 1, language: 'zh-CN' });
      const { system, user } = lastPrompt();
      expect(system).toContain('你是专业、耐心的客户服务人员');
      expect(user).toContain('收件人称呼：⟦李女士⟧');
      expect(user).toContain('- 订单已备货，本周内发出');
    });

    it('checks the template form: one problem per field', async () => {
      const res = await replyTo({ templateId: 'email-customer-reply-zh', fields: { recipientName: 'x'.repeat(100) } });
      expect(res.status).toBe(422);
      const { error } = (await res.json()) as ErrorBody;
      expect(error.code).toBe('fields_invalid');
      expect(error.problems?.map((p) => p.path).sort()).toEqual(['fields.recipientName', 'fields.replyPoints']);
    });

    it('refuses an unknown, unpublished or non-e-mail template with a coded message', async () => {
      const unknown = await replyTo({ templateId: 'no-such-template', locale: 'en-US' });
      expect(unknown.status).toBe(404);
      expect(((await unknown.json()) as ErrorBody).error).toEqual({ code: 'template_not_found', message: expect.stringContaining('"no-such-template" does not exist') });

      const draftOnly = await replyTo({ templateId: 'email-draft-only' });
      expect(draftOnly.status).toBe(404);
      expect(((await draftOnly.json()) as ErrorBody).error).toMatchObject({ code: 'template_not_published', message: expect.stringContaining('未发布') });

      const notice = await replyTo({ templateId: 'test-notice', fields: { subject: 'x' } });
      expect(notice.status).toBe(422);
      expect(((await notice.json()) as ErrorBody).error).toMatchObject({ code: 'template_not_for_replies', message: expect.stringContaining('不是邮件模板') });
      const noticeEn = await replyTo({ templateId: 'test-notice', locale: 'en-US' });
      expect(((await noticeEn.json()) as ErrorBody).error.message).toContain('is not an e-mail template');
    });

    it('refuses form fields without a template', async () => {
      const res = await replyTo({ fields: { recipientName: '李女士' }, locale: 'en-US' });
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as ErrorBody;
      expect(error.problems).toEqual([{ path: 'fields', code: 'template_required', message: expect.stringContaining('templateId') }]);
    });
  });

  describe('bad input', () => {
    it('answers a missing message and an unknown intent with 400 and one problem per field', async () => {
      const res = await gw.request('/api/replies', { body: { intent: 'wire_money', tone: 'formal', length: 'short' }, headers: { 'accept-language': 'zh-CN' } });
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as ErrorBody;
      expect(error.code).toBe('request_invalid');
      expect(error.problems?.map((p) => p.path).sort()).toEqual(['intent', 'message']);
      expect(error.problems?.find((p) => p.path === 'intent')?.message).toContain('只能是以下之一');
      expect(error.problems?.find((p) => p.path === 'message')?.message).toBe('必须填写。');
    });

    it('answers an oversize body with 413 mail_too_large in the user\'s language', async () => {
      const huge = { ...english, bodyText: 'a'.repeat(200_001) };
      const zh = await replyTo({ message: huge });
      expect(zh.status).toBe(413);
      expect(((await zh.json()) as ErrorBody).error).toEqual({ code: 'mail_too_large', message: expect.stringContaining('正文超过 200000 个字符') });
      const en = await gw.request('/api/replies/intents', { body: { message: { ...english, bodyHtml: `<p>${'b'.repeat(200_000)}</p>` }, locale: 'en-US' } });
      expect(en.status).toBe(413);
      expect(((await en.json()) as ErrorBody).error).toEqual({ code: 'mail_too_large', message: expect.stringContaining('over 200000 characters') });
    });

    it('answers a request over the gateway\'s byte limit with 413 body_too_large', async () => {
      const res = await replyTo({ message: { ...english, bodyText: '很'.repeat(400_000) } });
      expect(res.status).toBe(413);
      expect(((await res.json()) as ErrorBody).error.code).toBe('body_too_large');
    });

    it('limits subject length, recipients and unknown properties', async () => {
      const many = Array.from({ length: 60 }, (_, i) => ({ address: `user${i}@example.com` }));
      const cases: [Json, number, string][] = [
        [{ ...english, subject: 's'.repeat(1_001) }, 400, 'message.subject'],
        [{ ...english, to: many, cc: many }, 400, 'message.cc'],
        [{ ...english, to: [...many, ...many] }, 400, 'message.to'],
        [{ ...english, attachments: ['x.pdf'] }, 400, 'message.attachments'],
      ];
      for (const [message, status, path] of cases) {
        const res = await replyTo({ message });
        expect(res.status).toBe(status);
        expect(((await res.json()) as ErrorBody).error.problems?.map((p) => p.path)).toEqual([path]);
      }
    });

    it('answers an unknown tone or length with 400', async () => {
      const res = await replyTo({ tone: 'angry', length: 'epic', locale: 'en-US' });
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error.problems?.map((p) => p.path).sort()).toEqual(['length', 'tone']);
    });
  });
});
