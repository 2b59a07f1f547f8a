/**
 * The built-in templates in assets/templates: every file is a valid template, the promised set
 * is there, official documents reserve the facts a clerk must never invent, every email exists
 * in both languages, and every prompt fills in cleanly from a realistic form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../../../src/core/i18n/locale.js';
import { buildDraftMessages } from '../../../src/core/prompt/build.js';
import { renderPrompt } from '../../../src/core/templates/render.js';
import { templateSchema, type Field, type FieldValue, type Template } from '../../../src/core/templates/schema.js';
import { validateFieldValues, validateTemplate } from '../../../src/core/templates/validate.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../assets/templates');
const TODAY = '2025-07-03';

const OFFICIAL = ['official-notice', 'official-request', 'official-report', 'official-letter', 'official-minutes'];
const REPORTS = ['weekly-report', 'monthly-report', 'project-progress-report', 'hitech-project-summary'];
const EMAILS = ['email-customer-reply', 'email-meeting-followup', 'email-complaint-response', 'email-quotation-followup'];
/** Upward documents carry 签发人 in their header (GB/T 9704-2012, 7.2.5). */
const UPWARD = ['official-request', 'official-report'];

interface BuiltIn {
  file: string;
  raw: unknown;
  template: Template;
}

function load(): BuiltIn[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw: unknown = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
      return { file, raw, template: templateSchema.parse(raw) };
    });
}

const builtins = load();
const byId = new Map(builtins.map((b) => [b.template.id, b.template]));
const get = (id: string): Template => {
  const t = byId.get(id);
  if (!t) throw new Error(`no built-in template "${id}"`);
  return t;
};

// ---------------------------------------------------------------- sample form values

/** Realistic values for the keys the built-ins use; anything else gets a generic value. */
const SAMPLES: Record<string, FieldValue> = {
  issuer: '某市人民政府办公室',
  recipients: '各区人民政府，市政府各委、办、局',
  recipient: '市人民政府',
  subject: '做好2025年汛期安全生产工作',
  documentName: '《某市政府投资项目管理办法》',
  background: '根据省政府办公厅有关通知要求，结合本市实际，进一步压实汛期安全生产责任。',
  points: ['各区要于7月10日前完成辖区内危险边坡排查。', '市应急局牵头建立24小时值班制度。'],
  reasons: '本单位现有业务系统建于2015年，设备老化，已不能满足数据安全等级保护要求。',
  request: '追加2025年度信息化建设经费120万元，用于核心业务系统升级改造。',
  proposal: '经费由市财政预备费安排，项目于年内完成招标和建设。',
  basis: '按照市政府办公室《关于报送上半年工作情况的通知》要求。',
  work: ['组织安全生产大检查2次，排查整改隐患136处。', '完成全市危化品企业视频监控全覆盖。'],
  problems: '部分基层单位专业监管人员不足。',
  nextSteps: '加强监管队伍建设，开展专项培训。',
  contactName: '张三',
  contactPhone: '010-12345678',
  signer: '李四',
  docNumber: '某政办发〔2025〕12号',
  docNumberCode: '某政办发',
  docNumberYear: 2025,
  docNumberSeq: 12,
  printer: '某市人民政府办公室秘书处',
  cc: '市委办公室',
  attachments: ['汛期安全生产检查表', '值班人员名单'],
  direction: '复函',
  incomingTitle: '《关于商请提供2024年度统计数据的函》',
  incomingNumber: '某统函〔2025〕8号',
  content: '经研究，同意按贵局要求提供2024年度有关统计数据，数据由我局综合处整理后报送。',
  replyBy: '7月20日前',
  meetingName: '市政府第8次常务会议',
  location: '市政府第二会议室',
  chair: '副市长王五',
  topics: ['关于汛期安全生产工作：会议听取了市应急局汇报，会议同意实施方案，由市应急局牵头落实。'],
  requirements: '各责任单位于7月15日前报送落实情况。',
  attendees: ['王五', '赵六'],
  absentees: ['孙七'],
  observers: ['市应急局 周八'],
  team: '产品研发部',
  author: '陈九',
  done: ['完成订单模块接口联调，修复缺陷12个。'],
  ongoing: ['支付模块重构，完成约70%。'],
  issues: ['测试环境数据库容量不足，需运维部扩容。'],
  nextWeek: ['完成支付模块重构并提测。'],
  metrics: '本周新增用户1,200人。',
  period: '2025年6月',
  highlights: ['上线新版客户门户。'],
  nextMonth: ['启动二期需求调研。'],
  support: '需要管理层确认二期预算。',
  projectName: '智能仓储管理系统',
  manager: '吴十',
  progress: ['完成入库模块开发并通过验收测试。'],
  milestones: ['需求确认；2025-05-31；2025-05-30；已完成；无'],
  budget: '预算300万元，已支出120万元。',
  risks: ['硬件到货延迟；影响联调；已协调供应商加急；采购部'],
  changes: '无范围变更。',
  decisions: ['请领导小组于7月10日前确认二期范围。'],
  companyName: '某某科技有限公司',
  projectCode: 'RD01',
  leader: '郑十一',
  staffCount: 12,
  purpose: '现有仓储调度算法在高并发场景下路径规划效率低，项目旨在研发基于强化学习的调度方法，将平均拣货路径缩短。',
  techRoute: '采用深度强化学习构建调度模型，在仿真环境中训练，再在试点仓库中进行验证和迭代优化。',
  innovations: ['提出基于多智能体强化学习的拣货路径协同规划方法。'],
  results: ['平均拣货路径缩短18%（试点仓库测试报告）。'],
  ip: ['发明专利；一种仓储机器人路径规划方法；申请号2025100000001；已受理'],
  transformation: '成果已应用于高新技术产品PS01。',
  budgetAmount: 300,
  actualAmount: 286.5,
  costBreakdown: '人员人工费用180万元，直接投入费用60万元，折旧费用20万元，其他相关费用26.5万元。',
  recipientName: '王经理',
  replyPoints: ['您反映的登录问题已在7月2日的版本中修复。'],
  senderName: '刘一',
  senderTitle: '客户经理',
  company: '某某科技有限公司',
  meetingTopic: '二期需求评审',
  keyPoints: ['二期优先实现库存预警功能。'],
  actionItems: ['整理需求清单；刘一；7月10日'],
  nextMeeting: '7月17日下午视频会议',
  complaint: '客户反映订单延迟发货5天。',
  findings: '因仓库系统升级导致部分订单未及时出库。',
  actions: ['已于7月2日安排加急发货。'],
  remedy: '经批准，赠送下次订单运费券一张。',
  contact: '客服专线 400-000-0000',
  scope: '智能仓储系统一期实施',
  quoteRef: 'Q-2025-061',
  quoteDate: '2025-06-20',
  validUntil: '2025-07-20',
  nextStep: '下周二下午电话沟通方案细节',
};

function fitText(field: Extract<Field, { type: 'text' | 'textarea' }>, value: string): string {
  let v = value;
  while (field.minLength !== undefined && [...v].length < field.minLength) v += '（补充说明）';
  return field.maxLength === undefined ? v : [...v].slice(0, field.maxLength).join('');
}

/** A plausible value for one field, always within the field's own limits. */
function sample(field: Field): FieldValue {
  const given = SAMPLES[field.key];
  const label = field.label['zh-CN'] ?? field.label['en-US'] ?? field.key;
  switch (field.type) {
    case 'text':
    case 'textarea':
      return fitText(field, typeof given === 'string' ? given : `${label}示例`);
    case 'number': {
      const n = typeof given === 'number' ? given : (field.min ?? 1);
      return Math.min(Math.max(n, field.min ?? -Infinity), field.max ?? Infinity);
    }
    case 'date': {
      const d = typeof given === 'string' ? given : '2025-07-01';
      return field.min && d < field.min ? field.min : field.max && d > field.max ? field.max : d;
    }
    case 'select':
      return typeof given === 'string' && field.options.some((o) => o.value === given) ? given : (field.default ?? field.options[0]!.value);
    case 'multiselect':
      return [field.options[0]!.value];
    case 'list': {
      const items = Array.isArray(given) ? given : [`${label}一`, `${label}二`];
      const max = field.itemMaxLength ?? Infinity;
      return items.slice(0, field.maxItems ?? items.length).map((s) => [...s].slice(0, max).join(''));
    }
  }
}

function fullForm(t: Template): Record<string, FieldValue> {
  return Object.fromEntries(t.fields.map((f) => [f.key, sample(f)]));
}

function requiredForm(t: Template): Record<string, FieldValue> {
  return Object.fromEntries(t.fields.filter((f) => f.required).map((f) => [f.key, sample(f)]));
}

/** The form variants worth rendering: full, required only, and each option of every select. */
function forms(t: Template): [string, Record<string, FieldValue>][] {
  const out: [string, Record<string, FieldValue>][] = [
    ['every field', fullForm(t)],
    ['required fields only', requiredForm(t)],
  ];
  for (const f of t.fields) {
    if (f.type !== 'select') continue;
    for (const o of f.options) out.push([`${f.key}=${o.value}`, { ...fullForm(t), [f.key]: o.value }]);
  }
  return out;
}

function checkedValues(t: Template, raw: Record<string, FieldValue>) {
  const result = validateFieldValues(t, raw, { today: TODAY });
  if (!result.ok) throw new Error(`${t.id}: sample form refused: ${JSON.stringify(result.problems)}`);
  return result.values;
}

/** A label line ("……：") must be followed by what it introduces, never by nothing. */
function danglingLabels(prompt: string): string[] {
  const lines = prompt.split('\n');
  return lines.filter((line, i) => /[：:]$/.test(line.trim()) && !/^(- |⟦)/.test(lines[i + 1]?.trim() ?? ''));
}

// ---------------------------------------------------------------- tests

describe('built-in templates', () => {
  it('are all present: official documents, reports and emails in both languages', () => {
    const ids = builtins.map((b) => b.template.id);
    const expected = [...OFFICIAL, ...REPORTS, ...EMAILS.flatMap((e) => [`${e}-zh`, `${e}-en`])];
    expect(ids).toEqual(expect.arrayContaining(expected));
  });

  it('have unique ids, each equal to its file name', () => {
    const ids = builtins.map((b) => b.template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const b of builtins) expect(`${b.template.id}.json`).toBe(b.file);
  });

  it.each(builtins.map((b) => [b.file, b] as const))('%s passes template validation with no problems', (_file, b) => {
    const result = validateTemplate(b.raw);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each(builtins.map((b) => [b.template.id, b.template] as const))('%s has names, a description and help in both languages', (_id, t) => {
    for (const text of [t.name, t.description ?? {}]) {
      expect(text['zh-CN']?.trim()).toBeTruthy();
      expect(text['en-US']?.trim()).toBeTruthy();
    }
    for (const f of t.fields) {
      expect([f.key, f.label['zh-CN'], f.label['en-US']].every(Boolean)).toBe(true);
      if (f.help) expect([f.key, Boolean(f.help['zh-CN']), Boolean(f.help['en-US'])]).toEqual([f.key, true, true]);
      if (f.type === 'text' || f.type === 'textarea') expect([f.key, f.maxLength]).toEqual([f.key, expect.any(Number)]);
      if (f.type === 'list') expect([f.key, f.maxItems, f.itemMaxLength]).toEqual([f.key, expect.any(Number), expect.any(Number)]);
    }
    expect(t.instructions.trim().length).toBeGreaterThan(200);
    expect(t.outline.length).toBeGreaterThanOrEqual(3);
  });

  describe('official documents', () => {
    it.each(OFFICIAL)('%s is a zh-CN Word document with the official layout and its document type', (id) => {
      const t = get(id);
      expect(t.kind).toBe('official');
      expect(t.hosts).toEqual(['word']);
      expect(t.locales).toEqual(['zh-CN']);
      expect(t.output.layout).toBe('official');
      expect(t.output.docType).toBeTruthy();
    });

    it.each(OFFICIAL)('%s takes its whole header and closing from the form: mark, title, 发文字号 in three parts and the date', (id) => {
      const t = get(id);
      const mapping = t.output.official ?? {};
      for (const part of ['issuer', 'subject', 'date', 'docNumberCode', 'docNumberYear', 'docNumberSeq'] as const) {
        expect([part, t.fields.some((f) => f.key === mapping[part])]).toEqual([part, true]);
      }
      const date = t.fields.find((f) => f.key === mapping.date);
      expect(date?.type === 'date' ? date.default : undefined).toBe('today');
      // The number is optional: a draft is written before the registry assigns one.
      for (const part of ['docNumberCode', 'docNumberSeq'] as const) expect(t.fields.find((f) => f.key === mapping[part])?.required).toBe(false);
    });

    it.each(UPWARD)('%s, going upward, maps 签发人 to a form field', (id) => {
      const t = get(id);
      expect(t.fields.some((f) => f.key === t.output.official?.signers)).toBe(true);
    });

    it('请示 puts a contact person and phone in the 附注 and ends with a request formula', () => {
      const t = get('official-request');
      expect(t.output.official?.contactName).toBe('contactName');
      expect(t.output.official?.contactPhone).toBe('contactPhone');
      expect(t.instructions).toContain('妥否，请批示');
      expect(t.instructions).toContain('以上请示当否，请批复');
      expect(t.instructions).toContain('一文一事');
    });

    it('报告 forbids carrying a request for approval', () => {
      expect(get('official-report').instructions).toMatch(/不得夹带请示事项/);
    });

    it('函 offers an outgoing letter or a reply, with their closing formulas', () => {
      const t = get('official-letter');
      const direction = t.fields.find((f) => f.key === 'direction');
      expect(direction?.type === 'select' ? direction.options.map((o) => o.value) : []).toEqual(['去函', '复函']);
      expect(t.instructions).toContain('请予函复');
      expect(t.instructions).toContain('特此函复');
    });

    it('纪要 is written in the third person and lists who attended', () => {
      const t = get('official-minutes');
      for (const phrase of ['会议认为', '会议决定', '会议要求', '出席：', '列席：']) expect(t.instructions).toContain(phrase);
    });

    it.each(OFFICIAL)('%s asks the model for the body only, never for the header elements, whose values it is not shown', (id) => {
      const t = get(id);
      const values = checkedValues(t, fullForm(t));
      const [system, user] = buildDraftMessages({ template: t, values, locale: 'zh-CN', today: TODAY, nonce: 'testnonce01' });
      expect(system?.content).toContain('## 只写正文');
      expect(system?.content).not.toMatch(/【发文字号】|【成文日期】|【签发人】/);
      // Header-only values (the number, the signer, the contact line) do not reach the model at all.
      const mapping = t.output.official ?? {};
      for (const part of ['docNumberCode', 'signers', 'contactPhone', 'printer'] as const) {
        const key = mapping[part];
        const value = key ? values[key] : undefined;
        if (typeof value === 'string') expect([part, user?.content.includes(value)]).toEqual([part, false]);
      }
    });
  });

  describe('reports', () => {
    it.each(REPORTS)('%s is a Word report', (id) => {
      const t = get(id);
      expect(t.kind).toBe('report');
      expect(t.hosts).toEqual(['word']);
      expect(t.output.layout).toBe('report');
    });

    it('the monthly report writes in Chinese or English, following the request', () => {
      const t = get('monthly-report');
      expect([...t.locales].sort()).toEqual(['en-US', 'zh-CN']);
      const values = checkedValues(t, fullForm(t));
      const zh = renderPrompt(t, values, { locale: 'zh-CN', today: TODAY, hasContext: false });
      const en = renderPrompt(t, values, { locale: 'en-US', today: TODAY, hasContext: false });
      expect(zh).toContain('请用简体中文');
      expect(en).toContain('in English');
      expect(en).not.toContain('请用简体中文');
      expect(zh).not.toContain('in English');
    });

    it('the high-tech project summary takes its amounts from the form only', () => {
      const t = get('hitech-project-summary');
      const amountFields = t.fields.filter((f) => f.type === 'number').map((f) => f.key);
      expect(amountFields).toEqual(expect.arrayContaining(['budgetAmount', 'actualAmount']));
      expect(t.placeholders.filter((p) => p.field && amountFields.includes(p.field)).length).toBeGreaterThanOrEqual(2);
    });
  });

  describe('emails', () => {
    it.each(EMAILS)('%s exists in Chinese and in English with the same fields', (base) => {
      const zh = get(`${base}-zh`);
      const en = get(`${base}-en`);
      expect(zh.locales).toEqual(['zh-CN']);
      expect(en.locales).toEqual(['en-US']);
      expect(en.fields.map((f) => `${f.key}:${f.type}`)).toEqual(zh.fields.map((f) => `${f.key}:${f.type}`));
    });

    it('every email template has its counterpart in the other language', () => {
      const emails = builtins.map((b) => b.template).filter((t) => t.kind === 'email');
      for (const t of emails) {
        const other = t.id.endsWith('-zh') ? t.id.replace(/-zh$/, '-en') : t.id.replace(/-en$/, '-zh');
        expect([t.id, byId.has(other) && other !== t.id]).toEqual([t.id, true]);
      }
    });

    it.each(EMAILS.flatMap((e) => [`${e}-zh`, `${e}-en`]))('%s is an Outlook email that signs only with a given sender name', (id) => {
      const t = get(id);
      expect(t.kind).toBe('email');
      expect(t.hosts).toEqual(['outlook']);
      expect(t.output.layout).toBe('email');
      expect(t.fields.some((f) => f.key === 'senderName' && !f.required)).toBe(true);
      const values = checkedValues(t, requiredForm(t));
      const lang: Locale = t.locales[0]!;
      const prompt = renderPrompt(t, values, { locale: lang, today: TODAY, hasContext: true });
      expect(prompt).toMatch(lang === 'zh-CN' ? /不写署名/ : /write no signature/);
    });
  });

  describe('prompts', () => {
    const cases = builtins.flatMap((b) =>
      b.template.locales.flatMap((locale) =>
        forms(b.template).flatMap(([form, raw]) =>
          [false, true].map((hasContext) => [`${b.template.id} (${locale}, ${form}, context ${hasContext})`, b.template, locale, raw, hasContext] as const),
        ),
      ),
    );

    it.each(cases)('%s renders cleanly', (_name, t, locale, raw, hasContext) => {
      const values = checkedValues(t, raw);
      const prompt = renderPrompt(t, values, { locale, today: TODAY, hasContext });
      expect(prompt.length).toBeGreaterThan(20);
      expect(prompt).not.toMatch(/\{\{|\}\}|\{%|%\}/);
      expect(prompt).not.toMatch(/\n\s*\n/);
      expect(danglingLabels(prompt)).toEqual([]);
      // Every required value reaches the prompt, marked as user data.
      for (const f of t.fields.filter((x) => x.required && x.type !== 'select')) {
        const v = values[f.key];
        const first = Array.isArray(v) ? v[0] : v;
        if (first !== undefined) expect([f.key, prompt.includes(`⟦${String(first)}`)]).toEqual([f.key, true]);
      }
    });
  });
});
