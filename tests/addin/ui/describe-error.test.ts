import { describeError } from '../../../addin/ui/describe-error.js';
import { toErrorInfo, PaneError } from '../../../addin/ui/error-info.js';
import { GatewayError } from '../../../addin/api/errors.js';
import { HostError } from '../../../addin/host/types.js';

describe('describeError', () => {
  it('says what to do in the user’s language for known codes', () => {
    expect(describeError({ code: 'queue_full', message: 'busy' }, 'zh-CN')).toMatchObject({ title: '模型服务器繁忙', intent: 'warning' });
    expect(describeError({ code: 'model_unreachable' }, 'en-US').body).toMatch(/administrator/);
    expect(describeError({ code: 'template_not_published' }, 'zh-CN').title).toBe('模板已撤回');
  });

  it('falls back to the gateway’s message for codes it does not know', () => {
    expect(describeError({ code: 'something_new', message: 'Details from the gateway' }, 'en-US')).toMatchObject({ title: 'Something went wrong', body: 'Details from the gateway', intent: 'error' });
  });

  it('shows host errors in either language', () => {
    const info = toErrorInfo(new HostError('document_read_only'));
    expect(describeError(info, 'zh-CN').body).toBe('文档为只读或受保护，无法修改，请改用“复制”。');
    expect(describeError(info, 'en-US').title).toBe('The document could not be changed');
  });

  it('keeps gateway codes and problems, and the pane’s own codes', () => {
    expect(toErrorInfo(new GatewayError('fields_invalid', 'x', 422, [{ path: 'fields.a', code: 'required', message: 'm' }]))).toEqual({
      code: 'fields_invalid',
      message: 'x',
      problems: [{ path: 'fields.a', code: 'required', message: 'm' }],
    });
    expect(describeError(toErrorInfo(new PaneError('selection_changed')), 'zh-CN').title).toBe('选区已变化');
  });
});
