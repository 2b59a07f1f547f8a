/** A small but complete template, and a way to vary it per test without sharing state. */
import type { TemplateInput } from '../../../src/core/templates/schema.js';

export function noticeTemplate(overrides: Partial<TemplateInput> = {}): TemplateInput {
  return {
    id: 'meeting-notice',
    name: { 'zh-CN': '会议通知', 'en-US': 'Meeting notice' },
    kind: 'official',
    hosts: ['word'],
    locales: ['zh-CN', 'en-US'],
    fields: [
      { key: 'subject', label: { 'zh-CN': '会议主题', 'en-US': 'Subject' }, type: 'text', required: true, maxLength: 50 },
      { key: 'details', label: { 'zh-CN': '会议内容', 'en-US': 'Details' }, type: 'textarea' },
      { key: 'meetingDate', label: { 'zh-CN': '会议日期', 'en-US': 'Meeting date' }, type: 'date', min: '2020-01-01', max: '2030-12-31' },
      { key: 'attendees', label: { 'zh-CN': '参会人数', 'en-US': 'Attendees' }, type: 'number', min: 1, max: 500, integer: true, unit: { 'zh-CN': '人' } },
      {
        key: 'urgency',
        label: { 'zh-CN': '紧急程度', 'en-US': 'Urgency' },
        type: 'select',
        options: [
          { value: 'normal', label: { 'zh-CN': '平件', 'en-US': 'Normal' } },
          { value: 'urgent', label: { 'zh-CN': '特急', 'en-US': 'Urgent' } },
        ],
        default: 'normal',
      },
      {
        key: 'units',
        label: { 'zh-CN': '参会单位', 'en-US': 'Units' },
        type: 'multiselect',
        options: [{ value: 'finance' }, { value: 'hr' }, { value: 'it' }],
        maxItems: 2,
      },
      { key: 'points', label: { 'zh-CN': '议程要点', 'en-US': 'Agenda' }, type: 'list', maxItems: 3, itemMaxLength: 20 },
    ],
    instructions: '语言庄重简洁，不用口语。',
    outline: [
      { title: '会议事项', guidance: '写明时间、地点、议题' },
      { title: '参会要求', guidance: '' },
    ],
    prompt:
      '请起草一份关于{{ subject }}的会议通知。\n{% if details %}会议内容：{{ details }}\n{% endif %}{% if points %}议程：{% for p in points %}\n- {{ p }}{% endfor %}{% endif %}\n{% if context %}参考所附材料。{% endif %}',
    output: { layout: 'official', docType: '通知', targetLength: 600 },
    placeholders: [
      { key: 'docNumber', label: { 'zh-CN': '发文字号', 'en-US': 'Document number' } },
      { key: 'date', label: { 'zh-CN': '会议日期', 'en-US': 'Meeting date' }, field: 'meetingDate' },
    ],
    ...overrides,
  };
}
