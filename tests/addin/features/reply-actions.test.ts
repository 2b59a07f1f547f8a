import type { Block } from '../../../src/core/blocks/types.js';
import { isReplyKind, openReplyForm, openedNotice, replyAccepts } from '../../../addin/features/reply/reply-actions.js';
import { HostError, type Capability, type HostAdapter, type OpenReplyResult } from '../../../addin/host/types.js';
import { t } from '../../../addin/i18n/messages.js';

/** A host double standing in for Outlook read mode: it records the reply forms it was asked to open. */
function readModeHost(opts: { canReply?: boolean; trimmed?: boolean; fail?: HostError } = {}) {
  const opened: { blocks: Block[]; all: boolean }[] = [];
  const caps = new Set<Capability>(['readMessage', ...(opts.canReply === false ? [] : (['openReply'] as const))]);
  const host: HostAdapter = {
    name: 'preview-outlook',
    supports: (c) => caps.has(c),
    getSelection: async () => ({ text: '', paragraphs: [] }),
    insert: async () => {
      throw new HostError('not_supported');
    },
    theme: () => undefined,
    locale: () => 'zh-CN',
    async openReply(blocks, { all }): Promise<OpenReplyResult> {
      if (opts.fail) throw opts.fail;
      opened.push({ blocks, all });
      return { trimmed: opts.trimmed === true };
    },
  };
  return { host, opened };
}

describe('reply actions', () => {
  it('offers Open reply then Open reply all where the host can open a reply form, and nothing where it cannot', () => {
    expect(replyAccepts(readModeHost().host)).toEqual(['reply', 'replyAll']);
    expect(replyAccepts(readModeHost({ canReply: false }).host)).toEqual([]);
    expect(isReplyKind('reply') && isReplyKind('replyAll')).toBe(true);
    expect(isReplyKind('insert')).toBe(false);
  });

  it('opens the reply form with the edited draft as blocks, reply or reply all as asked', async () => {
    const { host, opened } = readModeHost();
    const edited = '王女士，您好：\n\n对于订单延误给您带来的不便，我们深表歉意。\n- 今日补发\n- 运费全免';
    await openReplyForm(host, 'reply', edited);
    await openReplyForm(host, 'replyAll', 'Dear Ms. Wang,');
    expect(opened.map((o) => o.all)).toEqual([false, true]);
    expect(opened[0]!.blocks).toEqual([
      { type: 'paragraph', content: [{ text: '王女士，您好：' }] },
      { type: 'paragraph', content: [{ text: '对于订单延误给您带来的不便，我们深表歉意。' }] },
      { type: 'list', ordered: false, items: [{ level: 0, content: [{ text: '今日补发' }] }, { level: 0, content: [{ text: '运费全免' }] }] },
    ]);
  });

  it('refuses with a coded error where the host has no reply form, so the card can say to use Copy', async () => {
    const { host } = readModeHost({ canReply: false });
    await expect(openReplyForm(host, 'reply', 'text')).rejects.toMatchObject({ name: 'HostError', code: 'not_supported' });
  });

  it('passes the host’s own failure on, so the draft stays and the error is shown', async () => {
    const { host } = readModeHost({ fail: new HostError('host_error', { detail: 'item is not available' }) });
    await expect(openReplyForm(host, 'reply', 'text')).rejects.toMatchObject({ code: 'host_error' });
  });

  it('says the form is open, or warns in both languages that Outlook’s limit shortened the draft', () => {
    expect(openedNotice({ trimmed: false })).toEqual({ key: 'reply.opened', intent: 'success' });
    const trimmed = openedNotice({ trimmed: true });
    expect(trimmed.intent).toBe('warning');
    expect(t('en-US', trimmed.key)).toMatch(/shortened/);
    expect(t('zh-CN', trimmed.key)).toMatch(/截短/);
  });
});
