/** A small template with one field of each kind the route tests need. */
export function testTemplate(overrides: Record<string, unknown> = {}) {
  return {
    id: 'test-notice',
    name: { 'zh-CN': '测试通知', 'en-US': 'Test notice' },
    kind: 'official',
    hosts: ['word'],
    locales: ['zh-CN'],
    category: '测试',
    fields: [
      { key: 'subject', type: 'text', label: { 'zh-CN': '事由', 'en-US': 'Subject' }, required: true, maxLength: 20 },
      { key: 'copies', type: 'number', label: { 'zh-CN': '份数', 'en-US': 'Copies' }, min: 1, max: 10, integer: true },
      {
        key: 'urgency',
        type: 'select',
        label: { 'zh-CN': '紧急程度', 'en-US': 'Urgency' },
        options: [{ value: '特急' }, { value: '加急' }],
      },
    ],
    instructions: '语言庄重简洁，使用规范公文用语。',
    outline: [{ title: '正文', guidance: '说明事由和要求' }],
    prompt: '请起草一份关于{{ subject }}的通知。',
    output: { layout: 'official', docType: '通知' },
    placeholders: [{ key: '发文字号', label: { 'zh-CN': '发文字号' } }],
    ...overrides,
  };
}
